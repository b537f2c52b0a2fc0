package dev.psdm.rules.catalog.iterations;

import dev.psdm.rules.catalog.Fixtures;

import dev.psdm.assertj.RuleVerifier;
import dev.psdm.assertj.SnapshotFixture;
import dev.psdm.model.DataGap;
import dev.psdm.engine.conventions.Conventions;
import dev.psdm.report.Severity;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.psdm.model.Iteration;
import dev.psdm.model.Snapshot;
import dev.psdm.model.SnapshotBuilder;

import java.time.LocalDate;
import java.util.stream.Stream;
import java.util.List;
import java.time.Period;

import static dev.psdm.assertj.SnapshotFixture.twoWeeks;
import static dev.psdm.assertj.SubjectRef.iteration;
import static dev.psdm.assertj.SubjectRef.milestone;

class IterationScheduleRulesTest {
    private static final Conventions AS_MILESTONES = Conventions.defaults().withIterationsAsMilestones(true);

    /**
     * Plans both rules pass: back-to-back two-week iterations (the small and the large fixture) and sprints that run
     * Monday to Friday of the next week, which are two weeks long and leave only a weekend between them.
     */
    static Stream<Arguments> plansThatPass() {
        return Stream.of(
                Arguments.of("PSDM-ITER-001", "two-week iterations", SnapshotFixture.project().small()),
                Arguments.of("PSDM-ITER-001", "Monday-to-Friday sprints", IterationFixtures.mondayToFridaySprints()),
                Arguments.of("PSDM-ITER-002", "back-to-back iterations", SnapshotFixture.project().large()),
                Arguments.of("PSDM-ITER-002", "a weekend between Friday and Monday", IterationFixtures.mondayToFridaySprints()));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("plansThatPass")
    void twoWeekPlansWithoutGapsPass(String ruleId, String plan, SnapshotFixture fixture) {
        RuleVerifier.forRule(ruleId).given(fixture).passes();
    }

    @Nested
    class TimeBox {
        private final RuleVerifier iter001 = RuleVerifier.forRule("PSDM-ITER-001");

        @Test
        void iterationLongerThanFourWeeksIsAWarningOtherLengthsAreInfo() {
            iter001.given(IterationFixtures.overTheTimeBoxAndOffTheCadence())
                    .fails().on(iteration("Iteration 1"), iteration("Iteration 2"))
                    .withSeverity(Severity.WARNING)
                    .withSeverityOn(iteration("Iteration 1"), Severity.WARNING)
                    .withSeverityOn(iteration("Iteration 2"), Severity.INFO)
                    .withMessageContainingOn(iteration("Iteration 1"), "lasts 42 days, longer than the 4-week time-box");
        }

        @Test
        void aShortIterationZeroIsNotHeldToTheCadence() {
            iter001.given(SnapshotFixture.project()
                    .iteration("Iteration 0", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 11))
                    .iterations(3, twoWeeks())).passes();
        }

        @Test
        void notApplicableWithoutIterations() {
            iter001.given(SnapshotFixture.project().issue(i -> i.title("Work"))).isNotApplicable();
        }

        @Test
        void iterationsTrackedAsMilestonesAreChecked() {
            var fixture = SnapshotFixture.project().iterationZero().iterations(2, twoWeeks())
                    .iterations(1, Period.ofWeeks(3)).iterationsAsMilestones();
            iter001.withConventions(AS_MILESTONES).given(fixture).fails().on(milestone("Iteration 3"))
                    .withSeverity(Severity.INFO);
            // a gap in GitLab iterations says nothing about a plan kept in milestones
            iter001.withConventions(AS_MILESTONES).given(fixture.gap(DataGap.ITERATIONS, "403")).fails();
        }

        /**
         * Issue 31 item 7: the length the team set in GitLab (GraphQL {@code IterationCadence.durationInWeeks},
         * "Duration in weeks of the iterations within the cadence", doc/api/graphql/reference/_index.md) is the
         * usual length; the 4-week time-box holds whatever the cadence says; unknown falls back to the setting.
         */
        @Test
        void theLengthTheIterationCadenceSetsIsTheUsualLength() {
            Snapshot threeWeekCadence = withCadenceWeeks(SnapshotFixture.project().iterationZero()
                    .iterations(2, Period.ofWeeks(3)).iterations(1, twoWeeks()).build(), 3);

            iter001.given(threeWeekCadence).fails().on(iteration("Iteration 3"))
                    .withSeverity(Severity.INFO)
                    .withMessageContainingOn(iteration("Iteration 3"), "lasts 14 days, not the usual 3 weeks its iteration cadence sets.");
            // unknown cadence length (only REST answered): the configured 2 weeks, as before
            iter001.given(withCadenceWeeks(threeWeekCadence, null)).fails()
                    .on(iteration("Iteration 1"), iteration("Iteration 2"))
                    .withMessageContainingOn(iteration("Iteration 1"), "lasts 21 days, not the usual 2 weeks.");
            // a cadence of 6 weeks does not lift the time-box
            iter001.given(withCadenceWeeks(SnapshotFixture.project().iterations(2, Period.ofWeeks(6)).build(), 6))
                    .fails().on(iteration("Iteration 1"), iteration("Iteration 2")).withSeverity(Severity.WARNING);
        }

        private static Snapshot withCadenceWeeks(Snapshot s, Integer weeks) {
            List<Iteration> its = s.iterations().stream().map(i -> new Iteration(i.id(), i.iid(), i.groupId(), i.title(),
                    i.description(), i.state(), i.startDate(), i.dueDate(), i.webUrl(), i.sequence(), 5L, "Delivery",
                    weeks, weeks == null ? null : Boolean.TRUE)).toList();
            SnapshotBuilder b = Snapshot.builder(s.project(), s.fetchedAt()).source(s.source()).group(s.group())
                    .iterations(its).milestones(s.milestones()).labels(s.labels()).issues(s.issues()).epics(s.epics())
                    .boards(s.boards()).wikiPages(s.wikiPages()).notices(s.notices());
            s.gaps().forEach(b::gap);
            return b.build();
        }

        @Test
        void teamWithThreeWeekIterationsSetsTheCadence() {
            iter001.withConventions(Fixtures.conventions(c -> c.set(IterationSettings.ITERATION_WEEKS, 3)))
                    .given(SnapshotFixture.project().iterationZero().iterations(3, Period.ofWeeks(3))).passes();
        }
    }

    @Nested
    class Schedule {
        private final RuleVerifier iter002 = RuleVerifier.forRule("PSDM-ITER-002");

        @Test
        void moreThanThreeDaysBetweenIterationsFailsOnTheLaterOne() {
            iter002.given(SnapshotFixture.project().iterationZero().iterations(2, twoWeeks()).gapOfDays(4)
                            .iterations(1, twoWeeks()))
                    .fails().on(iteration("Iteration 3"))
                    .withMessageContainingOn(iteration("Iteration 3"), "4 days without an iteration between Iteration 2");
        }

        @Test
        void overlappingIterationsFail() {
            iter002.given(SnapshotFixture.project()
                            .iteration("Iteration 1", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 18))
                            .iteration("Iteration 2", LocalDate.of(2026, 1, 15), LocalDate.of(2026, 1, 28)))
                    .fails().on(iteration("Iteration 2"))
                    .withMessageContainingOn(iteration("Iteration 2"), "starts on 2026-01-15, before Iteration 1 ends on 2026-01-18");
        }

        @Test
        void notApplicableWithFewerThanTwoIterations() {
            iter002.given(SnapshotFixture.project().iterations(1, twoWeeks())).isNotApplicable();
        }

        @Test
        void teamCanAllowLongerBreaksAndTrackIterationsAsMilestones() {
            var fixture = SnapshotFixture.project().iterationZero().iterations(2, twoWeeks()).gapOfDays(7)
                    .iterations(1, twoWeeks()).iterationsAsMilestones();
            iter002.withConventions(AS_MILESTONES).given(fixture).fails().on(milestone("Iteration 3"));
            iter002.withConventions(AS_MILESTONES.with(
                    IterationSettings.MAX_ITERATION_GAP_DAYS, 7)).given(fixture).passes();
        }
    }
}
