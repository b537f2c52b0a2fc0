package dev.psdm.rules.catalog;

import dev.psdm.assertj.IssueSpec;
import dev.psdm.assertj.SnapshotFixture;
import dev.psdm.engine.conventions.Conventions;
import dev.psdm.engine.facts.CeremonyKind;
import dev.psdm.report.Severity;

import java.util.function.UnaryOperator;

/** Short ways to say "the defaults, but ..." in the rule tests. */
public final class Fixtures {
    private Fixtures() {
    }

    /** Iteration 0 and 3 two-week iterations, all ended by the default as-of (2026-03-20): a SMALL project. */
    public static SnapshotFixture small() {
        return SnapshotFixture.project().small();
    }

    /** Iteration 0 and 8 two-week iterations, Iteration 5 current on the default as-of: a LARGE project. */
    public static SnapshotFixture large() {
        return SnapshotFixture.project().large();
    }

    public static Conventions conventions(UnaryOperator<Conventions.Builder> change) {
        return change.apply(Conventions.defaults().toBuilder()).build();
    }

    public static Conventions severity(String ruleId, Severity severity) {
        return conventions(c -> c.rule(ruleId, new Conventions.RuleOverride(null, severity)));
    }

    /**
     * The large project (current iteration 5) whose only issues in that iteration are records, not work: the
     * iteration's planning record (#30, with iteration 6's) and a RAID item updated yesterday (#31), both lacking
     * what {@code lacking} takes away. A rule about work items (PSDM-WGT-001, PSDM-DRI-001) passes on it.
     */
    public static SnapshotFixture recordsInTheCurrentIteration(UnaryOperator<IssueSpec> lacking) {
        return SnapshotFixture.project().large()
                .ceremony(CeremonyKind.PLANNING, 6)
                .issue(i -> lacking.apply(i.iid(30).title("Iteration 5 planning").inIteration(5)))
                .issue(i -> lacking.apply(i.iid(31).raid().inIteration(5)).updatedDaysAgo(1));
    }
}
