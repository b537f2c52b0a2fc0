package dev.psdm.engine.facts;

import java.time.LocalDate;

/**
 * Where an iteration stands relative to the as-of date. Derived from its dates rather than taken
 * from GitLab's state, so that moving {@code --as-of} gives a consistent picture.
 */
public enum PeriodState {
    /** Starts after the as-of date. */
    UPCOMING,
    /** The as-of date is within it. */
    CURRENT,
    /** Ended before the as-of date. */
    CLOSED;

    /** The state of the period [start, due] on the as-of date. */
    public static PeriodState of(LocalDate start, LocalDate due, LocalDate asOf) {
        if (asOf.isAfter(due)) {
            return CLOSED;
        }
        return asOf.isBefore(start) ? UPCOMING : CURRENT;
    }
}
