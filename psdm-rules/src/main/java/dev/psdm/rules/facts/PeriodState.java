package dev.psdm.rules.facts;

import java.time.LocalDate;

/**
 * Where an iteration stands relative to the as-of date. Derived from its dates rather than taken
 * from GitLab's state, so that moving {@code --as-of} gives a consistent picture.
 */
public enum PeriodState {
    UPCOMING, CURRENT, CLOSED;

    public static PeriodState of(LocalDate start, LocalDate due, LocalDate asOf) {
        if (asOf.isAfter(due)) {
            return CLOSED;
        }
        return asOf.isBefore(start) ? UPCOMING : CURRENT;
    }
}
