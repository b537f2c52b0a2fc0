package dev.psdm.rules.catalog.dri;

import dev.psdm.engine.facts.PlannedIssue;

import java.util.function.Predicate;

/** The checks of PSDM-DRI-001, beside its DRL file. */
public final class DriChecks {
    private DriChecks() {
    }

    /**
     * Open work planned in the current iteration with nobody assigned: work the iteration committed to
     * without a directly responsible individual. Records (ceremonies, RAID items) and work item types the
     * conventions leave out ({@code workItems.types}) are not work ({@link PlannedIssue#workItem()}).
     */
    public static Predicate<PlannedIssue> openUnassignedWorkInTheCurrentIteration() {
        Predicate<PlannedIssue> judged = openWorkInTheCurrentIteration();
        return p -> judged.test(p) && p.issue().assignees().isEmpty();
    }

    /** Open work planned in the current iteration, assigned or not: what the rule judges (and its evidence counts). */
    public static Predicate<PlannedIssue> openWorkInTheCurrentIteration() {
        // the iteration and the record mark first: shared or in the fact, where each issue read is a trip to memory
        return p -> p.iteration().isCurrent() && p.workItem() && p.isOpen();
    }
}
