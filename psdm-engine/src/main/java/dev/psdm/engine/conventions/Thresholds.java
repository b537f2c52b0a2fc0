package dev.psdm.engine.conventions;

/**
 * The derivation's own numbers (each an {@link EngineSettings} setting): when a RAID item is stale, when a
 * project is large. Inserted into every session as a fact, so DRL can match {@code $t : Thresholds()}.
 *
 * @param raidStaleDays             an open RAID item not updated for more days than this is stale
 * @param raidHighPriorityStaleDays the same for high-priority RAID items
 * @param maxSmallIterations        more delivery iterations than this make a project LARGE
 * @param maxSmallSpanMonths        a planned span of more months than this makes a project LARGE
 */
public record Thresholds(int raidStaleDays, int raidHighPriorityStaleDays, int maxSmallIterations,
                         int maxSmallSpanMonths) {

    /** The handbook's numbers. */
    public static Thresholds defaults() {
        return of(Settings.defaults());
    }

    /** The numbers these settings give. */
    public static Thresholds of(Settings settings) {
        return new Thresholds(settings.get(EngineSettings.RAID_STALE_DAYS),
                settings.get(EngineSettings.RAID_HIGH_PRIORITY_STALE_DAYS),
                settings.get(EngineSettings.MAX_SMALL_ITERATIONS), settings.get(EngineSettings.MAX_SMALL_SPAN_MONTHS));
    }
}
