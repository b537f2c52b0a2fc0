package dev.psdm.engine.facts;

import dev.psdm.report.SizeClass;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The project's size class, derived once before the rules fire.
 *
 * @param deliveryIterations iterations excluding Iteration 0
 * @param spanStart          first day of the planned span, or null when nothing is dated
 * @param spanEnd            last day of the planned span, or null
 * @param spanBasis          what the span was measured on: {@code iterations}, {@code milestones}, {@code issue due dates} or {@code none}
 * @param reason             for people: "11 iterations, 23 weeks (iterations 2026-01-05 – 2026-06-12)"
 */
public record ProjectSize(SizeClass sizeClass, int deliveryIterations, @Nullable LocalDate spanStart,
                          @Nullable LocalDate spanEnd,
                          String spanBasis, String reason) {

    /** More than 5 delivery iterations or a span of more than two months (by default). */
    public boolean isLarge() {
        return sizeClass == SizeClass.LARGE;
    }

    /** Not large. */
    public boolean isSmall() {
        return sizeClass == SizeClass.SMALL;
    }
}
