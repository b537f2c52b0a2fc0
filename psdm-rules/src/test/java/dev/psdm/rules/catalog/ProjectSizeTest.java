package dev.psdm.rules.catalog;

import dev.psdm.assertj.SnapshotFixture;
import dev.psdm.engine.PsdmEngine;
import dev.psdm.report.SizeClass;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;

import static dev.psdm.assertj.PsdmAssertions.assertThat;

/** Handbook "Guidelines for PSDM": LARGE above 5 iterations or above two months. */
class ProjectSizeTest {
    private static final PsdmEngine ENGINE = PsdmEngine.builder().build();

    @Test
    void fiveDeliveryIterationsWithinTwoMonthsAreSmall() {
        var report = ENGINE.evaluate(SnapshotFixture.project().iterationZero("Iteration 0")
                .iterations(5, Period.ofWeeks(1)).build());
        assertThat(report).hasSize(SizeClass.SMALL);
        assertThat(report.size().reason()).startsWith("5 delivery iterations");
    }

    @Test
    void sixDeliveryIterationsAreLarge() {
        var report = ENGINE.evaluate(SnapshotFixture.project().iterationZero()
                .iterations(6, Period.ofWeeks(1)).build());
        assertThat(report).hasSize(SizeClass.LARGE);
        assertThat(report.size().reason()).contains("more than 5 iterations");
    }

    @Test
    void iterationZeroDoesNotCountAsADeliveryIteration() {
        var report = ENGINE.evaluate(SnapshotFixture.project().iterations(6, Period.ofWeeks(1)).build());
        assertThat(report.size().reason()).startsWith("6 delivery iterations");
        var withZero = ENGINE.evaluate(SnapshotFixture.project().iterationZero().iterations(5, Period.ofWeeks(1)).build());
        assertThat(withZero.size().reason()).startsWith("5 delivery iterations");
    }

    @Test
    void spanOfExactlyTwoMonthsIsSmall() {
        assertThat(ENGINE.evaluate(spanning(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 1))))
                .hasSize(SizeClass.SMALL);
    }

    @Test
    void spanOfTwoMonthsMinusADayIsSmall() {
        assertThat(ENGINE.evaluate(spanning(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 28))))
                .hasSize(SizeClass.SMALL);
    }

    @Test
    void spanOfTwoMonthsPlusADayIsLarge() {
        var report = ENGINE.evaluate(spanning(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 2)));
        assertThat(report).hasSize(SizeClass.LARGE);
        assertThat(report.size().reason()).contains("longer than 2 months");
    }

    @Test
    void withoutIterationsTheSpanComesFromMilestonesThenIssueDueDates() {
        var byMilestones = ENGINE.evaluate(SnapshotFixture.project()
                .milestone(1, "Phase 1", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 30)).build());
        assertThat(byMilestones).hasSize(SizeClass.LARGE);
        assertThat(byMilestones.size().reason()).contains("milestones 2026-01-01 – 2026-04-30");

        var byDueDates = ENGINE.evaluate(SnapshotFixture.project()
                .issue(i -> i.due(LocalDate.of(2026, 1, 10)))
                .issue(i -> i.due(LocalDate.of(2026, 2, 10))).build());
        assertThat(byDueDates).hasSize(SizeClass.SMALL);
        assertThat(byDueDates.size().reason()).contains("issue due dates");
    }

    private static dev.psdm.model.Snapshot spanning(LocalDate start, LocalDate end) {
        LocalDate middle = start.plusDays(20);
        return SnapshotFixture.project()
                .iteration("Iteration 0", start, middle)
                .iteration("Iteration 1", middle.plusDays(1), end)
                .build();
    }
}
