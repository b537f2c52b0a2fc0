package dev.psdm.rules.catalog.iterations;

import org.apiguardian.api.API;

import dev.psdm.engine.facts.DeliveryIteration;
import dev.psdm.report.Subject;

import java.time.temporal.ChronoUnit;

/**
 * Two consecutive iterations of the plan (in start order), derived once so that schedule rules need
 * no join of every iteration with every other.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0") // custom DRL matches it (issue 28 item 9); the rest of the package is INTERNAL
public record IterationTransition(DeliveryIteration previous, DeliveryIteration next) {

    /** Days between the end of {@code previous} and the start of {@code next}: 0 when back to back, negative on overlap. */
    public long gapDays() {
        return ChronoUnit.DAYS.between(previous.due(), next.start()) - 1;
    }

    public boolean isOverlapping() {
        return gapDays() < 0;
    }

    /** The later iteration: the one whose start is off. */
    public Subject subject() {
        return next.subject();
    }
}
