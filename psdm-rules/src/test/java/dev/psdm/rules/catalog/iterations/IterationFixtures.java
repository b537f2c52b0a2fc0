package dev.psdm.rules.catalog.iterations;

import dev.psdm.assertj.SnapshotFixture;

import java.time.LocalDate;

import static dev.psdm.assertj.SnapshotFixture.twoWeeks;

/** The iteration plans that the iteration rules' tests and their evidence tests judge alike. */
final class IterationFixtures {
    private IterationFixtures() {
    }

    /** Sprints 1 and 2 run Monday to Friday of the next week (12 days each), back to back over a weekend. */
    static SnapshotFixture mondayToFridaySprints() {
        return SnapshotFixture.project()
                .iteration("Sprint 1", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 16))
                .iteration("Sprint 2", LocalDate.of(2026, 1, 19), LocalDate.of(2026, 1, 30));
    }

    /**
     * Iteration 0, then Iteration 1 of 42 days (over the 4-week time-box), Iteration 2 of 10 days (off the usual two
     * weeks) and Iteration 3 of two weeks.
     */
    static SnapshotFixture overTheTimeBoxAndOffTheCadence() {
        return SnapshotFixture.project().iterationZero()
                .iteration("Iteration 1", LocalDate.of(2026, 1, 19), LocalDate.of(2026, 3, 1))
                .iteration("Iteration 2", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 11))
                .iterations(1, twoWeeks());
    }
}
