package dev.psdm.rules.catalog.weights;

import dev.psdm.engine.facts.PlannedIssue;

import java.util.function.Predicate;

/** The check of PSDM-WGT-001, beside its DRL file (PSDM-WGT-002 matches {@link OpenIssueWeights}). */
public final class WeightChecks {
    private WeightChecks() {
    }

    /**
     * Open, unweighted work planned in an iteration that has not closed: what iteration planning has
     * committed to (or is about to) without an estimate. Records (ceremonies, RAID items) are not work.
     */
    public static Predicate<PlannedIssue> unweightedOpenWorkInOpenIterations() {
        // the iteration and the record mark first: shared or in the fact, where each issue read is a trip to memory
        return p -> !p.iteration().isClosed() && p.workItem() && p.isOpen() && p.isUnweighted();
    }
}
