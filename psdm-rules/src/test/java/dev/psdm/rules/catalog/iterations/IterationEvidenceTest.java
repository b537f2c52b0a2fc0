package dev.psdm.rules.catalog.iterations;

import dev.psdm.assertj.RuleVerifier;
import dev.psdm.assertj.SnapshotFixture;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static dev.psdm.assertj.SnapshotFixture.twoWeeks;
import static dev.psdm.assertj.SubjectRef.iteration;
import static dev.psdm.report.EvidenceItem.Kind.COUNTED;
import static dev.psdm.report.EvidenceItem.Kind.NOT_COUNTED;
import static dev.psdm.report.EvidenceItem.Kind.SATISFIED;
import static dev.psdm.report.EvidenceItem.Kind.SIZE;

/**
 * The iteration schedule rules say why (issue 29): each iteration's length against the time-box and the usual
 * length with the key (or the GitLab cadence) that sets it; each pair of iterations, the days between them
 * against {@code thresholds.maxIterationGapDays}; the size when they do not apply (the data gap: RequiredDataContractTest).
 */
class IterationEvidenceTest {
    private static final RuleVerifier ITER_001 = RuleVerifier.forRule("PSDM-ITER-001");
    private static final RuleVerifier ITER_002 = RuleVerifier.forRule("PSDM-ITER-002");

    /** Sprints 1 and 2 run Monday to Friday of the next week (12 days), Sprint 3 two full weeks, back to back. */
    private static SnapshotFixture sprints() {
        return IterationFixtures.mondayToFridaySprints()
                .iteration("Sprint 3", LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 13));
    }

    @Test
    void aPassNamesEachIterationsLengthAndTheKeyThatSetsIt() {
        ITER_001.given(sprints()).passes()
                .hasEvidence(SATISFIED, "Sprint 1 (2026-01-05 – 2026-01-16) lasts 12 days: the usual 2 weeks "
                        + "(14 days, or 12 ending on a Friday, `thresholds.iterationWeeks`)")
                .hasEvidence(SATISFIED, "Sprint 3 (2026-01-31 – 2026-02-13) lasts 14 days: the usual 2 weeks")
                .lookedAtContaining("the 4-week time-box (`thresholds.maxIterationWeeks`)")
                .usedSetting("thresholds.iterationWeeks", "2")
                .usedSetting("thresholds.maxIterationWeeks", "4");
    }

    @Test
    void aFailSaysHowFarOverTheTimeBoxOrOffTheUsualLengthEachIterationIs() {
        ITER_001.given(IterationFixtures.overTheTimeBoxAndOffTheCadence())
                .fails().on(iteration("Iteration 1"), iteration("Iteration 2"))
                .hasEvidenceOn(iteration("Iteration 1"), COUNTED, "Iteration 1 (2026-01-19 – 2026-03-01) lasts 42 days: "
                        + "14 days over the 4-week time-box (28 days, `thresholds.maxIterationWeeks`)")
                .hasEvidenceOn(iteration("Iteration 2"), COUNTED, "Iteration 2 (2026-03-02 – 2026-03-11) lasts 10 days, "
                        + "not the usual 2 weeks (14 days, or 12 ending on a Friday, `thresholds.iterationWeeks`)")
                .hasEvidence(SATISFIED, "Iteration 0 (2026-01-05 – 2026-01-18) lasts 14 days, within the 4-week time-box; "
                        + "Iteration 0 need not follow the delivery cadence")
                .hasEvidence(SATISFIED, "Iteration 3 (2026-03-12 – 2026-03-25) lasts 14 days: the usual 2 weeks");
    }

    @Test
    void notApplicableWithoutIterationsNamesTheSize() {
        ITER_001.given(SnapshotFixture.project().issue(i -> i.title("Work"))).isNotApplicable()
                .hasEvidence(SIZE, "Project size SMALL");
    }

    @Test
    void theSchedulePassNamesTheDaysBetweenIterations() {
        ITER_002.given(sprints()).passes()
                .hasEvidence(SATISFIED, "Sprint 2 starts on 2026-01-19, Sprint 1 ends on 2026-01-16: 2 days between them "
                        + "(at most 3 days between iterations, `thresholds.maxIterationGapDays`)")
                .hasEvidence(SATISFIED, "Sprint 3 starts on 2026-01-31, Sprint 2 ends on 2026-01-30: back to back")
                .usedSetting("thresholds.maxIterationGapDays", "3");
    }

    @Test
    void theScheduleFailCountsTheGapAndTheOverlapAgainstTheLimit() {
        ITER_002.given(SnapshotFixture.project().iterationZero().iterations(2, twoWeeks()).gapOfDays(5)
                        .iterations(1, twoWeeks())
                        .iteration("Iteration 4", LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 18)))
                .fails().on(iteration("Iteration 3"), iteration("Iteration 4"))
                .hasEvidenceOn(iteration("Iteration 3"), COUNTED, "Iteration 3 starts on 2026-02-21, Iteration 2 ends on "
                        + "2026-02-15: 5 days without an iteration, 2 more than allowed (at most 3 days between iterations, "
                        + "`thresholds.maxIterationGapDays`)")
                .hasEvidenceOn(iteration("Iteration 4"), COUNTED, "Iteration 4 starts on 2026-03-05, Iteration 3 ends on "
                        + "2026-03-06: they overlap by 2 days");
    }

    @Test
    void theScheduleRuleNotApplicableNamesTheSingleIteration() {
        ITER_002.given(SnapshotFixture.project().iterations(1, twoWeeks())).isNotApplicable()
                .hasEvidence(SIZE, "Project size SMALL")
                .hasEvidence(NOT_COUNTED, "The plan has 1 iteration: no two consecutive iterations to compare");
    }
}
