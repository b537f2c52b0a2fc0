package dev.psdm.engine;

import java.time.Instant;
import java.util.Optional;

/**
 * Options of one evaluation.
 *
 * @param asOf the evaluation clock; when absent, the snapshot's {@code fetchedAt}
 */
public record EvaluationOptions(Optional<Instant> asOf) {

    public EvaluationOptions {
        asOf = asOf == null ? Optional.empty() : asOf;
    }

    /** Evaluate as of the snapshot's fetch time. */
    public static EvaluationOptions defaults() {
        return new EvaluationOptions(Optional.empty());
    }

    /** Evaluate as of the given instant (rules never read the system clock). */
    public static EvaluationOptions asOf(Instant instant) {
        return new EvaluationOptions(Optional.of(instant));
    }
}
