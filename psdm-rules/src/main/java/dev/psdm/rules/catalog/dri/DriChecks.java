package dev.psdm.rules.catalog.dri;

import dev.psdm.engine.facts.PlannedIssue;

import java.util.function.Predicate;

/** The check of PSDM-DRI-001, beside its DRL file. */
public final class DriChecks {
    private DriChecks() {
    }

    /**
     * Open work planned in the current iteration with nobody assigned: work the iteration committed to
     * without a directly responsible individual. Records (ceremonies, RAID items) and work item types the
     * conventions leave out ({@code workItems.types}) are not work ({@link PlannedIssue#workItem()}).
     */
    public static Predicate<PlannedIssue> openUnassignedWorkInTheCurrentIteration() {
        // the iteration and the record mark first: shared or in the fact, where each issue read is a trip to memory
        return p -> p.iteration().isCurrent() && p.workItem() && p.isOpen() && p.issue().assignees().isEmpty();
    }
}
