package dev.psdm.rules.catalog.backlog;

import dev.psdm.rules.catalog.Fixtures;

import dev.psdm.assertj.RuleVerifier;
import dev.psdm.assertj.SnapshotFixture;
import dev.psdm.engine.facts.CeremonyKind;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static dev.psdm.assertj.SubjectRef.issue;
import static dev.psdm.rules.catalog.Fixtures.large;

/** As of 2026-03-20 the large fixture's Iteration 5 is current and Iterations 6 and 7 are the next two to start. */
class BacklogRuleTest {
    private static final RuleVerifier BKL_001 = RuleVerifier.forRule("PSDM-BKL-001");
    private static final String TEMPLATE = "## Overview\nMigrate the repos.\n\n## Open Questions\n- none\n\n"
            + "## Tasks\n- [ ] run the import\n\n## Acceptance Criteria\n- every repository imported with history\n";

    @Test
    void issuesOfTheNextTwoIterationsWithAcceptanceCriteriaPass() {
        BKL_001.given(large()
                .issue(i -> i.inIteration(6).description(TEMPLATE))
                .issue(i -> i.inIteration(7).description("**Acceptance criteria:** the runbook is signed off"))).passes();
    }

    @Test
    void issueOfANextIterationWithoutAcceptanceCriteriaFails() {
        BKL_001.given(large()
                        .issue(i -> i.iid(1).inIteration(6).description("## Overview\nOnly an overview"))
                        .issue(i -> i.iid(2).inIteration(7))
                        .issue(i -> i.iid(3).inIteration(7).description(TEMPLATE)))
                .fails().on(issue(1), issue(2))
                .withMessageContainingOn(issue(2), "is planned in Iteration 7 but has no Acceptance Criteria section");
    }

    @Test
    void currentLaterAndClosedIssuesAndRecordsAreNotChecked() {
        BKL_001.given(large()
                .issue(i -> i.inIteration(5))
                .issue(i -> i.inIteration(8))
                .issue(i -> i.inIteration(6).closed())
                .ceremony(CeremonyKind.PLANNING, 6)
                .issue(i -> i.inIteration(7).raid())).passes();
    }

    @Test
    void notApplicableWhenNoIterationIsUpcoming() {
        BKL_001.given(SnapshotFixture.project().small()).isNotApplicable()
                .withReasonContaining("no delivery iteration starts after the as-of date");
    }

    @Test
    void teamLooksOneIterationAheadWithItsOwnHeading() {
        var fixture = large()
                .issue(i -> i.iid(1).inIteration(6).description("Definition of done: deployed"))
                .issue(i -> i.iid(2).inIteration(7));
        BKL_001.withConventions(Fixtures.conventions(c -> c.set(BacklogSettings.REFINEMENT_ITERATIONS, 1)
                        .set(BacklogSettings.ACCEPTANCE_CRITERIA, Pattern.compile("(?im)^definition of done"))))
                .given(fixture).passes();
    }

    @Test
    void tasksAreNotJudged() {
        BKL_001.given(large().issue(i -> i.iid(9).type("task").inIteration(6))).passes();
    }
}
