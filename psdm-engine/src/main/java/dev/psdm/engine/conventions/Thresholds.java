package dev.psdm.engine.conventions;

/**
 * Numbers the rules compare against. Inserted into every session as a fact, so DRL reads them
 * as {@code $t : Thresholds()} rather than hard-coding a number. {@code .psdm.yml} sets them under
 * {@code thresholds:}; {@link #defaults()} follows the handbook (see docs/conventions.md).
 *
 * @param raidStaleDays             an open RAID item not updated for more days than this is stale
 * @param raidHighPriorityStaleDays the same for high-priority items
 * @param planningDaysBefore        a planning record up to this many days before an iteration starts counts for it
 * @param retrospectiveIterations   how many of the last closed iterations must hold a retrospective between them
 * @param maxSmallIterations        more delivery iterations than this make a project LARGE
 * @param maxSmallSpanMonths        a planned span of more months than this makes a project LARGE
 * @param iterationWeeks            the usual iteration length ("generally two-week events")
 * @param maxIterationWeeks         an iteration longer than this is not time-boxed
 * @param maxIterationGapDays       more days than this between consecutive iterations is a gap in the schedule
 * @param maxWeight                 an open issue weighing more than this should be split
 * @param refinementIterations      how many upcoming iterations backlog refinement looks ahead
 */
public record Thresholds(int raidStaleDays, int raidHighPriorityStaleDays, int planningDaysBefore,
                         int retrospectiveIterations, int maxSmallIterations, int maxSmallSpanMonths,
                         int iterationWeeks, int maxIterationWeeks, int maxIterationGapDays, int maxWeight,
                         int refinementIterations) {

    private static final Thresholds DEFAULTS = new Thresholds(14, 7, 3, 2, 5, 2, 2, 4, 3, 3, 2);

    /** The handbook's numbers. */
    public static Thresholds defaults() {
        return DEFAULTS;
    }

    /** A builder starting from these values. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Changes some thresholds, keeps the others: {@code t.toBuilder().maxWeight(5).build()}. */
    public static final class Builder {
        private int raidStaleDays;
        private int raidHighPriorityStaleDays;
        private int planningDaysBefore;
        private int retrospectiveIterations;
        private int maxSmallIterations;
        private int maxSmallSpanMonths;
        private int iterationWeeks;
        private int maxIterationWeeks;
        private int maxIterationGapDays;
        private int maxWeight;
        private int refinementIterations;

        private Builder(Thresholds t) {
            raidStaleDays = t.raidStaleDays;
            raidHighPriorityStaleDays = t.raidHighPriorityStaleDays;
            planningDaysBefore = t.planningDaysBefore;
            retrospectiveIterations = t.retrospectiveIterations;
            maxSmallIterations = t.maxSmallIterations;
            maxSmallSpanMonths = t.maxSmallSpanMonths;
            iterationWeeks = t.iterationWeeks;
            maxIterationWeeks = t.maxIterationWeeks;
            maxIterationGapDays = t.maxIterationGapDays;
            maxWeight = t.maxWeight;
            refinementIterations = t.refinementIterations;
        }

        public Builder raidStaleDays(int v) {
            raidStaleDays = v;
            return this;
        }

        public Builder raidHighPriorityStaleDays(int v) {
            raidHighPriorityStaleDays = v;
            return this;
        }

        public Builder planningDaysBefore(int v) {
            planningDaysBefore = v;
            return this;
        }

        public Builder retrospectiveIterations(int v) {
            retrospectiveIterations = v;
            return this;
        }

        public Builder maxSmallIterations(int v) {
            maxSmallIterations = v;
            return this;
        }

        public Builder maxSmallSpanMonths(int v) {
            maxSmallSpanMonths = v;
            return this;
        }

        public Builder iterationWeeks(int v) {
            iterationWeeks = v;
            return this;
        }

        public Builder maxIterationWeeks(int v) {
            maxIterationWeeks = v;
            return this;
        }

        public Builder maxIterationGapDays(int v) {
            maxIterationGapDays = v;
            return this;
        }

        public Builder maxWeight(int v) {
            maxWeight = v;
            return this;
        }

        public Builder refinementIterations(int v) {
            refinementIterations = v;
            return this;
        }

        public Thresholds build() {
            return new Thresholds(raidStaleDays, raidHighPriorityStaleDays, planningDaysBefore, retrospectiveIterations,
                    maxSmallIterations, maxSmallSpanMonths, iterationWeeks, maxIterationWeeks, maxIterationGapDays,
                    maxWeight, refinementIterations);
        }
    }
}
