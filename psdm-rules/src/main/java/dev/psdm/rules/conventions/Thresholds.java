package dev.psdm.rules.conventions;

/**
 * Numbers the rules compare against. Inserted into every session as a fact, so DRL reads them
 * as {@code $t : Thresholds()} rather than hard-coding a number.
 *
 * @param raidStaleDays             an open RAID item not updated for more days than this is stale
 * @param raidHighPriorityStaleDays the same for high-priority items
 * @param planningDaysBefore        a planning record up to this many days before an iteration starts counts for it
 * @param retrospectiveIterations   how many of the last closed iterations must hold a retrospective between them
 * @param maxSmallIterations        more delivery iterations than this make a project LARGE
 * @param maxSmallSpanMonths        a planned span of more months than this makes a project LARGE
 */
public record Thresholds(int raidStaleDays, int raidHighPriorityStaleDays, int planningDaysBefore,
                         int retrospectiveIterations, int maxSmallIterations, int maxSmallSpanMonths) {
}
