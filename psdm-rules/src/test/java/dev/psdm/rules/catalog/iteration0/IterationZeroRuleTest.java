package dev.psdm.rules.catalog.iteration0;

import dev.psdm.rules.catalog.activities.ActivitySettings;
import dev.psdm.engine.conventions.EngineSettings;
import dev.psdm.rules.catalog.Fixtures;

import dev.psdm.assertj.RuleVerifier;
import dev.psdm.assertj.SnapshotFixture;
import dev.psdm.model.DataGap;
import dev.psdm.engine.conventions.Conventions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.regex.Pattern;

import static dev.psdm.assertj.SnapshotFixture.twoWeeks;
import static dev.psdm.assertj.SubjectRef.activity;
import static dev.psdm.assertj.SubjectRef.iteration;
import static dev.psdm.assertj.SubjectRef.project;
import static dev.psdm.rules.catalog.Fixtures.small;

class IterationZeroRuleTest {
    private static final RuleVerifier IT0_001 = RuleVerifier.forRule("PSDM-IT0-001");

    @Test
    void iterationTitledIterationZeroPasses() {
        IT0_001.given(SnapshotFixture.project().iterationZero().iterations(3, twoWeeks())).passes();
    }

    @Test
    void sprintZeroKickoffAndDiscoveryTitlesCountAsIterationZero() {
        for (String title : new String[]{"Sprint 0", "Kickoff", "Kick-off & discovery", "Discovery"}) {
            IT0_001.given(SnapshotFixture.project().iterationZero(title).iterations(3, twoWeeks())).passes();
        }
    }

    @Test
    void untitledFirstIterationHoldingTheKickoffIssueIsIterationZero() {
        IT0_001.given(SnapshotFixture.project().untitledIterations(4, twoWeeks())
                        .issue(i -> i.title("Customer kickoff").inIteration(1)))
                .passes();
    }

    @Test
    void planStartingWithADeliveryIterationFailsOnTheProject() {
        IT0_001.given(SnapshotFixture.project().iterations(4, twoWeeks()))
                .fails().on(project())
                .withMessageContainingOn(project(), "the plan starts with delivery iteration 'Iteration 1'");
    }

    @Test
    void iterationZeroThatStartsAfterDeliveryBeganDoesNotCount() {
        IT0_001.given(SnapshotFixture.project().iterations(2, twoWeeks())
                        .iteration("Iteration 0", LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 15)))
                .fails().on(project());
    }

    @Test
    void kickoffIssueOutsideTheFirstIterationDoesNotMakeItIterationZero() {
        IT0_001.given(SnapshotFixture.project().iterations(3, twoWeeks())
                        .issue(i -> i.title("Customer kickoff").inIteration(2)))
                .fails().on(project());
    }

    @Test
    void projectWithoutIterationsFails() {
        IT0_001.given(SnapshotFixture.project().issue(i -> i.title("Kickoff")))
                .fails().on(project())
                .withMessageContainingOn(project(), "the project has no iterations");
    }

    /** The small fixture's Iteration 0 runs 2026-01-05 – 2026-01-18; the default as-of is 2026-03-20. */
    @Nested
    class Activities {
        private final RuleVerifier it0002 = RuleVerifier.forRule("PSDM-IT0-002");

        @Test
        void kickoffStakeholderPlanningAndDiscoveryInIterationZeroPass() {
            it0002.given(small()
                    .issue(i -> i.title("Customer kickoff").inIteration(0))
                    .issue(i -> i.title("Stakeholder planning").inIteration(0))
                    .issue(i -> i.title("Discovery workshop: pipelines").inIteration(0))).passes();
        }

        @Test
        void eachMissingActivityIsAFinding() {
            it0002.given(small().issue(i -> i.title("Customer kickoff").inIteration(0)))
                    .fails().on(activity("stakeholder planning"), activity("discovery"))
                    .withMessageContainingOn(activity("discovery"), "Iteration 0 has no discovery record");
        }

        @Test
        void recordsDatedBeforeIterationZeroEndsCountAsDoWikiPages() {
            it0002.given(small()
                    .issue(i -> i.title("Customer kick-off").due(LocalDate.of(2025, 12, 19)))
                    .issue(i -> i.title("Stakeholder planning").due(LocalDate.of(2026, 1, 9)))
                    .wikiPage("Discovery notes", null)).passes();
        }

        @Test
        void recordsAfterIterationZeroOutsideItDoNotCount() {
            it0002.given(small()
                    .issue(i -> i.title("Customer kickoff").inIteration(0))
                    .issue(i -> i.title("Stakeholder planning").due(LocalDate.of(2026, 2, 3)))
                    .issue(i -> i.title("Discovery").inIteration(1)))
                    .fails().on(activity("stakeholder planning"), activity("discovery"));
        }

        @Test
        void notApplicableWithoutIterationZero() {
            it0002.given(SnapshotFixture.project().iterations(3, twoWeeks())).isNotApplicable()
                    .withReasonContaining("PSDM-IT0-001");
        }

        @Test
        void notApplicableBeforeIterationZeroStarts() {
            it0002.given(small().asOf(LocalDate.of(2026, 1, 2))).isNotApplicable();
        }

        @Test
        void missingActivityWithUnreadableWikiIsNotEvaluated() {
            it0002.given(small().gap(DataGap.WIKI, "wiki disabled")).isNotEvaluated();
        }

        @Test
        void teamsCanAddTheEmToPsTransition() {
            Map<String, Pattern> activities = new LinkedHashMap<>(Conventions.defaults().get(ActivitySettings.ITERATION_ZERO));
            activities.put("EM to PS transition", Pattern.compile("(?i)transition|handoff"));
            it0002.withConventions(Fixtures.conventions(c -> c.set(ActivitySettings.ITERATION_ZERO, activities)))
                    .given(small()
                            .issue(i -> i.title("Customer kickoff").inIteration(0))
                            .issue(i -> i.title("Stakeholder planning").inIteration(0))
                            .issue(i -> i.title("Discovery").inIteration(0)))
                    .fails().on(activity("EM to PS transition"));
        }
    }

    @Nested
    class InitialRisks {
        private final RuleVerifier it0003 = RuleVerifier.forRule("PSDM-IT0-003");

        @Test
        void raidItemCreatedDuringIterationZeroPasses() {
            it0003.given(small().issue(i -> i.raid().createdOn(LocalDate.of(2026, 1, 10)).updatedDaysAgo(2))).passes();
        }

        @Test
        void closedRaidItemCreatedOnTheLastDayCounts() {
            it0003.given(small().issue(i -> i.raid().closed().createdOn(LocalDate.of(2026, 1, 18)))).passes();
        }

        @Test
        void firstRaidItemAfterIterationZeroFailsOnIterationZero() {
            it0003.given(small().issue(i -> i.raid().createdOn(LocalDate.of(2026, 1, 19)).updatedDaysAgo(2)))
                    .fails().on(iteration("Iteration 0"))
                    .withMessageContainingOn(iteration("Iteration 0"), "No RAID item was created by the end of Iteration 0 (2026-01-18)");
        }

        @Test
        void notApplicableWhileIterationZeroRunsWithoutRaidItems() {
            it0003.given(small().asOf(LocalDate.of(2026, 1, 10))).isNotApplicable()
                    .withReasonContaining("has not ended");
        }

        @Test
        void notApplicableWithoutIterationZero() {
            it0003.given(SnapshotFixture.project().iterations(3, twoWeeks())).isNotApplicable();
        }

        @Test
        void renamedRaidLabelIsWhatCounts() {
            var fixture = small().issue(i -> i.labels("Risk").createdOn(LocalDate.of(2026, 1, 10)).updatedDaysAgo(1));
            it0003.given(fixture).fails().on(iteration("Iteration 0"));
            it0003.withConventions(Fixtures.conventions(c -> c.set(EngineSettings.RAID_LABELS, List.of("Risk")))).given(fixture).passes();
        }
    }
}
