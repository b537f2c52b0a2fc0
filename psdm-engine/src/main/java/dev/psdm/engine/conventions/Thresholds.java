package dev.psdm.engine.conventions;

/**
 * The numbers the engine's own derivation compares against: when a RAID item is stale, when a project
 * is LARGE. Inserted into every session as a fact ({@code $t : Thresholds()}). {@code .psdm.yml} sets
 * them under {@code thresholds:}; {@link #defaults()} follows the handbook (see docs/conventions.md).
 * The numbers a single rule family compares against are that family's {@link Setting}s
 * ({@code thresholds.maxWeight} is PSDM-WGT-002's), read from the {@link Settings} fact.
 *
 * @param raidStaleDays             an open RAID item not updated for more days than this is stale
 * @param raidHighPriorityStaleDays the same for high-priority items
 * @param maxSmallIterations        more delivery iterations than this make a project LARGE
 * @param maxSmallSpanMonths        a planned span of more months than this makes a project LARGE
 */
public record Thresholds(int raidStaleDays, int raidHighPriorityStaleDays, int maxSmallIterations,
                         int maxSmallSpanMonths) {

    private static final Thresholds DEFAULTS = new Thresholds(14, 7, 5, 2);

    /** The handbook's numbers. */
    public static Thresholds defaults() {
        return DEFAULTS;
    }

    /** A builder starting from these values. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Changes some thresholds, keeps the others: {@code t.toBuilder().raidStaleDays(10).build()}. */
    public static final class Builder {
        private int raidStaleDays;
        private int raidHighPriorityStaleDays;
        private int maxSmallIterations;
        private int maxSmallSpanMonths;

        private Builder(Thresholds t) {
            raidStaleDays = t.raidStaleDays;
            raidHighPriorityStaleDays = t.raidHighPriorityStaleDays;
            maxSmallIterations = t.maxSmallIterations;
            maxSmallSpanMonths = t.maxSmallSpanMonths;
        }

        public Builder raidStaleDays(int v) {
            raidStaleDays = v;
            return this;
        }

        public Builder raidHighPriorityStaleDays(int v) {
            raidHighPriorityStaleDays = v;
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

        public Thresholds build() {
            return new Thresholds(raidStaleDays, raidHighPriorityStaleDays, maxSmallIterations, maxSmallSpanMonths);
        }
    }
}
