package dev.psdm.rules.catalog.weights;

import dev.psdm.assertj.IssueSpec;
import dev.psdm.assertj.RuleVerifier;
import dev.psdm.assertj.SnapshotFixture;
import dev.psdm.engine.conventions.EngineSettings;
import dev.psdm.report.Severity;
import dev.psdm.rules.catalog.Fixtures;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.psdm.assertj.SubjectRef.issue;

/** As of 2026-03-20 the large fixture has iterations 1–4 closed, 5 current and 6–8 upcoming. */
class WeightRuleTest {
    private static final RuleVerifier WGT_001 = RuleVerifier.forRule("PSDM-WGT-001");

    @Test
    void weightedPlannedIssuesPass() {
        WGT_001.given(SnapshotFixture.project().large()
                        .issue(i -> i.inIteration(5).weight(3))
                        .issue(i -> i.inIteration(6).weight(1)))
                .passes();
    }

    @Test
    void unweightedOpenIssuesInCurrentAndUpcomingIterationsFail() {
        WGT_001.given(SnapshotFixture.project().large()
                        .issue(i -> i.iid(10).inIteration(5).unweighted())
                        .issue(i -> i.iid(11).inIteration(8).unweighted())
                        .issue(i -> i.iid(12).inIteration(6).weight(2)))
                .fails().on(issue(10), issue(11))
                .withSeverity(Severity.WARNING)
                .withMessageContainingOn(issue(10), "planned in Iteration 5 but has no weight");
    }

    @Test
    void closedIterationsAndClosedOrUnplannedIssuesAreNotChecked() {
        WGT_001.given(SnapshotFixture.project().large()
                        .issue(i -> i.iid(1).inIteration(2).unweighted())
                        .issue(i -> i.iid(2).inIteration(5).unweighted().closed())
                        .issue(i -> i.iid(3).unweighted()))
                .passes();
    }

    @Test
    void ceremonyRecordsAndRaidItemsAreNotWorkItems() {
        WGT_001.given(Fixtures.recordsInTheCurrentIteration(IssueSpec::unweighted)).passes();
    }

    @Test
    void smallProjectsGetInfo() {
        WGT_001.given(SnapshotFixture.project().small().asOf(java.time.LocalDate.of(2026, 2, 10))
                        .issue(i -> i.iid(4).inIteration(2).unweighted()))
                .fails().on(issue(4))
                .withSeverity(Severity.INFO);
    }

    @Nested
    class Splitting {
        private final RuleVerifier wgt002 = RuleVerifier.forRule("PSDM-WGT-002");

        @Test
        void weightsUpToThreePass() {
            wgt002.given(SnapshotFixture.project().small().issue(i -> i.weight(3)).issue(i -> i.unweighted())).passes();
        }

        @Test
        void openIssueHeavierThanThreeFailsClosedOneDoesNot() {
            wgt002.given(SnapshotFixture.project().small()
                            .issue(i -> i.iid(1).weight(5))
                            .issue(i -> i.iid(2).weight(8).closed())
                            .issue(i -> i.iid(3).weight(2)))
                    .fails().on(issue(1))
                    .withSeverity(Severity.INFO)
                    .withMessageContainingOn(issue(1), "weighs 5 (more than 3)");
        }

        @Test
        void teamWithAnotherScaleRaisesTheLimit() {
            wgt002.withConventions(Fixtures.conventions(c -> c.set(WeightSettings.MAX_WEIGHT, 5)))
                    .given(SnapshotFixture.project().small().issue(i -> i.iid(1).weight(5)).issue(i -> i.iid(2).weight(8)))
                    .fails().on(issue(2));
        }
    }

    @Test
    void tasksIncidentsAndTestCasesAreNotJudgedByDefault() {
        WGT_001.given(SnapshotFixture.project().large()
                        .issue(i -> i.iid(40).type("task").inIteration(5).unweighted())
                        .issue(i -> i.iid(41).type("incident").inIteration(5).unweighted())
                        .issue(i -> i.iid(42).type("test_case").inIteration(6).unweighted()))
                .passes();
        RuleVerifier.forRule("PSDM-WGT-002").given(SnapshotFixture.project().large()
                        .issue(i -> i.iid(43).type("task").weight(8)))
                .passes();
    }

    @Test
    void aTeamCanJudgeTasksToo() {
        var fixture = SnapshotFixture.project().large().issue(i -> i.iid(44).type("task").inIteration(5).unweighted());
        WGT_001.withConventions(Fixtures.conventions(c -> c.set(EngineSettings.WORK_ITEM_TYPES, List.of("issue", "task"))))
                .given(fixture).fails().on(issue(44));
    }

    /**
     * GitLab sends {@code weight} only for types with the Weight widget (ee/lib/ee/api/entities/issue.rb,
     * {@code supports_weight?}; lib/gitlab/database_importers/work_items/base_type_importer.rb: not
     * incident, test_case, requirement, objective, key_result): an incident a team judges has no
     * weight to miss (issue 31 item 5).
     */
    @Test
    void aTypeThatCannotCarryAWeightIsNeverUnweighted() {
        var fixture = SnapshotFixture.project().large()
                .issue(i -> i.iid(46).type("incident").inIteration(5).unweighted())
                .issue(i -> i.iid(47).type("key_result").inIteration(5).unweighted());
        WGT_001.withConventions(Fixtures.conventions(c -> c.set(EngineSettings.WORK_ITEM_TYPES,
                        List.of("issue", "incident", "key_result"))))
                .given(fixture).passes();
    }
}
