package dev.psdm.rules.catalog.dri;

import dev.psdm.assertj.IssueSpec;
import dev.psdm.assertj.RuleVerifier;
import dev.psdm.assertj.SnapshotFixture;
import dev.psdm.engine.conventions.EngineSettings;
import dev.psdm.report.Severity;
import dev.psdm.rules.catalog.Fixtures;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static dev.psdm.assertj.SubjectRef.issue;

/** PSDM-DRI-001. As of 2026-03-20 the large fixture has iterations 1–4 closed, 5 current and 6–8 upcoming. */
class DriRuleTest {
    private static final RuleVerifier DRI_001 = RuleVerifier.forRule("PSDM-DRI-001");

    @Test
    void assignedWorkInTheCurrentIterationPasses() {
        DRI_001.given(SnapshotFixture.project().large()
                        .issue(i -> i.iid(10).inIteration(5).assignees("jdoe"))
                        .issue(i -> i.iid(11).inIteration(5).assignees("asmith", "bjones")))
                .passes();
    }

    @Test
    void openUnassignedWorkInTheCurrentIterationFailsOnEachIssue() {
        DRI_001.given(SnapshotFixture.project().large()
                        .issue(i -> i.iid(10).title("Cut over wave 3").inIteration(5).unassigned())
                        .issue(i -> i.iid(11).inIteration(5).unassigned())
                        .issue(i -> i.iid(12).inIteration(5).assignees("jdoe")))
                .fails().on(issue(10), issue(11))
                .withSeverity(Severity.WARNING)
                .withMessageContainingOn(issue(10), "'Cut over wave 3' is planned in Iteration 5, the current iteration,"
                        + " but nobody is assigned to it");
    }

    @Test
    void closedIssuesAndIssuesOutsideTheCurrentIterationAreNotChecked() {
        DRI_001.given(SnapshotFixture.project().large()
                        .issue(i -> i.iid(1).inIteration(4).unassigned())
                        .issue(i -> i.iid(2).inIteration(6).unassigned())
                        .issue(i -> i.iid(3).inIteration(5).unassigned().closed())
                        .issue(i -> i.iid(4).unassigned()))
                .passes();
    }

    @Test
    void recordsAreNotWork() {
        DRI_001.given(Fixtures.recordsInTheCurrentIteration(IssueSpec::unassigned)).passes();
    }

    @Test
    void workItemTypesFollowTheConventions() {
        var fixture = SnapshotFixture.project().large().issue(i -> i.iid(40).type("task").inIteration(5).unassigned());
        DRI_001.given(fixture).passes();
        DRI_001.withConventions(Fixtures.conventions(c -> c.set(EngineSettings.WORK_ITEM_TYPES, List.of("issue", "task"))))
                .given(fixture).fails().on(issue(40));
    }

    @Test
    void smallProjectsAreCheckedToo() {
        DRI_001.given(SnapshotFixture.project().small().asOf(LocalDate.of(2026, 2, 10))
                        .issue(i -> i.iid(4).inIteration(2).unassigned()))
                .fails().on(issue(4))
                .withSeverity(Severity.WARNING);
    }

    @Test
    void withoutACurrentIterationTheRuleIsNotApplicable() {
        DRI_001.given(SnapshotFixture.project().large().asOf(LocalDate.of(2027, 1, 15))
                        .issue(i -> i.iid(6).inIteration(8).unassigned()))
                .isNotApplicable().withReasonContaining("no iteration is current at the as-of date");
    }
}
