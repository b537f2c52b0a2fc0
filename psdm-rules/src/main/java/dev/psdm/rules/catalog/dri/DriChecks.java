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
        return p -> p.isOpen() && p.workItem() && p.iteration().isCurrent() && p.issue().assignees().isEmpty();
    }
}
