package dev.psdm.rules.catalog.ceremonies;

import dev.psdm.assertj.RuleVerifier;
import dev.psdm.assertj.SnapshotFixture;
import dev.psdm.model.DataGap;
import dev.psdm.engine.facts.CeremonyKind;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static dev.psdm.assertj.SubjectRef.iteration;
import static dev.psdm.assertj.SubjectRef.project;
import static dev.psdm.assertj.SubjectRef.week;
import static dev.psdm.engine.facts.CeremonyKind.PLANNING;
import static dev.psdm.engine.facts.CeremonyKind.RETROSPECTIVE;
import static dev.psdm.engine.facts.CeremonyKind.REVIEW;
import static dev.psdm.rules.catalog.Fixtures.large;
import static dev.psdm.rules.catalog.Fixtures.small;

/**
 * The large fixture: Iteration 0 from 2026-01-05, then Iterations 1–8 of two weeks. As of the
 * default 2026-03-20, Iterations 1–4 are closed, 5 is current and 6–8 are upcoming.
 */
class CeremonyRulesTest {

    /** The review and the retrospective look back at closed iterations: before the first closes there is none. */
    @ParameterizedTest
    @ValueSource(strings = {"PSDM-CER-002", "PSDM-CER-005"})
    void ceremoniesOfClosedIterationsAreNotApplicableBeforeAnIterationCloses(String ruleId) {
        RuleVerifier.forRule(ruleId).given(large().asOf(LocalDate.of(2026, 1, 25))).isNotApplicable();
    }

    @Nested
    class Planning {
        private final RuleVerifier cer001 = RuleVerifier.forRule("PSDM-CER-001");

        @Test
        void planningInEveryStartedIterationPasses() {
            cer001.given(large().ceremoniesInEveryIteration(PLANNING)).passes();
        }

        @Test
        void startedIterationsWithoutPlanningFailUpcomingOnesDoNot() {
            cer001.given(large().ceremony(PLANNING, 1).ceremony(PLANNING, 2).ceremony(PLANNING, 3))
                    .fails().on(iteration("Iteration 4"), iteration("Iteration 5"))
                    .withMessageContainingOn(iteration("Iteration 4"), "no iteration planning record");
        }

        @Test
        void planningUpToThreeDaysBeforeTheIterationCounts() {
            // Iteration 4 starts 2026-03-02
            var base = large().ceremony(PLANNING, 1).ceremony(PLANNING, 2).ceremony(PLANNING, 3).ceremony(PLANNING, 5);
            cer001.given(base.issue(i -> i.title("Iteration 4 planning").due(LocalDate.of(2026, 2, 27)))).passes();
        }

        @Test
        void planningFourDaysBeforeTheIterationIsTooEarly() {
            var base = large().ceremony(PLANNING, 1).ceremony(PLANNING, 2).ceremony(PLANNING, 3).ceremony(PLANNING, 5);
            cer001.given(base.issue(i -> i.title("Iteration 4 planning").due(LocalDate.of(2026, 2, 26))))
                    .fails().on(iteration("Iteration 4"));
        }

        @Test
        void ceremonyLabelCountsWhateverTheTitle() {
            var base = large().ceremony(PLANNING, 1).ceremony(PLANNING, 2).ceremony(PLANNING, 3).ceremony(PLANNING, 5);
            cer001.given(base.issue(i -> i.title("Kick off the sprint").labels("ceremony::planning").inIteration(4)))
                    .passes();
        }

        @Test
        void smallProjectsAreNotApplicable() {
            cer001.given(SnapshotFixture.project().small()).isNotApplicable().withReasonContaining("LARGE");
        }

        @Test
        void beforeTheFirstDeliveryIterationStartsItIsNotApplicable() {
            cer001.given(large().asOf(LocalDate.of(2026, 1, 10)))
                    .isNotApplicable().withReasonContaining("no delivery iteration has started");
        }
    }

    @Nested
    class Review {
        private final RuleVerifier cer002 = RuleVerifier.forRule("PSDM-CER-002");

        @Test
        void reviewInEveryClosedIterationPasses() {
            cer002.given(large().ceremony(REVIEW, 1).ceremony(REVIEW, 2).ceremony(REVIEW, 3).ceremony(REVIEW, 4))
                    .passes();
        }

        @Test
        void closedIterationWithoutReviewFails() {
            cer002.given(large().ceremony(REVIEW, 1).ceremony(REVIEW, 3))
                    .fails().on(iteration("Iteration 2"), iteration("Iteration 4"));
        }

        @Test
        void statusReportCountsAsReview() {
            cer002.given(large().ceremony(REVIEW, 1).ceremony(REVIEW, 2).ceremony(REVIEW, 3)
                            .issue(i -> i.title("Status report to steering committee").due(LocalDate.of(2026, 3, 13))))
                    .passes();
        }
    }

    @Nested
    class Refinement {
        private final RuleVerifier cer003 = RuleVerifier.forRule("PSDM-CER-003");

        @Test
        void refinementInEveryClosedIterationPasses() {
            cer003.given(large().ceremoniesInEveryIteration(CeremonyKind.REFINEMENT)).passes();
        }

        @Test
        void closedIterationWithoutRefinementFails() {
            cer003.given(large().ceremony(CeremonyKind.REFINEMENT, 1).ceremony(CeremonyKind.REFINEMENT, 2)
                            .ceremony(CeremonyKind.REFINEMENT, 4)
                            .issue(i -> i.title("Backlog grooming").due(LocalDate.of(2026, 1, 21))))
                    .fails().on(iteration("Iteration 3"));
        }
    }

    @Nested
    class Standup {
        private final RuleVerifier cer004 = RuleVerifier.forRule("PSDM-CER-004");

        @Test
        void standupRecordPasses() {
            cer004.given(large().issue(i -> i.title("Daily stand-up notes"))).passes();
        }

        @Test
        void communicationPlanStatingTheStandupCadencePasses() {
            cer004.given(large().issue(i -> i.title("Communication plan")
                    .description("Daily standup Mon-Fri 09:30 with the customer team"))).passes();
        }

        @Test
        void noStandupAndNoCadenceInTheCommunicationPlanFails() {
            cer004.given(large().issue(i -> i.title("Communication plan").description("Weekly status by e-mail")))
                    .fails().on(project());
        }

        @Test
        void communicationPlanInTheWikiWithoutItsTextIsNotEvaluated() {
            cer004.given(large().wikiPage("Communication Plan", null)).isNotEvaluated();
        }

        @Test
        void communicationPlanInTheWikiWithItsTextIsRead() {
            cer004.given(large().wikiPage("Communication Plan", "Stand-up daily at 9:00")).passes();
        }

        @Test
        void unreadableWikiIsNotEvaluated() {
            cer004.given(large().gap(DataGap.WIKI, "404 wiki disabled")).isNotEvaluated();
        }
    }

    @Nested
    class Retrospective {
        private final RuleVerifier cer005 = RuleVerifier.forRule("PSDM-CER-005");

        @Test
        void retrospectiveInOneOfTheLastTwoClosedIterationsPasses() {
            cer005.given(large().ceremony(RETROSPECTIVE, 3)).passes();
        }

        @Test
        void retrospectivesOnlyLongAgoFail() {
            cer005.given(large().ceremony(RETROSPECTIVE, 1).ceremony(RETROSPECTIVE, 2))
                    .fails().on(project())
                    .withMessageContainingOn(project(), "last 2 closed iterations (Iteration 3, Iteration 4)");
        }
    }

    @Nested
    class WeeklyStatus {
        private final RuleVerifier cer006 = RuleVerifier.forRule("PSDM-CER-006");

        @Test
        void weeklyStatusEveryWeekPasses() {
            cer006.given(small().weeklyStatusEveryWeek()).passes();
        }

        @Test
        void weekWithoutStatusFails() {
            // the small fixture spans 2026-01-05 to 2026-03-01; status only in the weeks of Jan 5 and Jan 19
            cer006.given(small().asOf(LocalDate.of(2026, 1, 27))
                            .issue(i -> i.title("Weekly status").due(LocalDate.of(2026, 1, 9)))
                            .issue(i -> i.title("Status report").due(LocalDate.of(2026, 1, 23))))
                    .fails().on(week(LocalDate.of(2026, 1, 12)));
        }

        @Test
        void largeProjectsAreNotApplicable() {
            cer006.given(large()).isNotApplicable();
        }

        @Test
        void notApplicableBeforeTheFirstFullWeek() {
            cer006.given(small().asOf(LocalDate.of(2026, 1, 8))).isNotApplicable()
                    .withReasonContaining("no full week");
        }
    }
}
