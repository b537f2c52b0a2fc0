package dev.psdm.rules.catalog.weights;

import dev.psdm.engine.facts.PlannedIssue;
import dev.psdm.model.Issue;

import java.util.List;
import java.util.function.Predicate;

/** The checks of PSDM-WGT-001 and PSDM-WGT-002, beside their DRL files. */
public final class WeightChecks {
    private WeightChecks() {
    }

    /**
     * Open issues of the work item types the rules judge ({@code workItems.types}) weighing more than
     * {@code maxWeight} (an unweighted issue is not heavy).
     */
    public static Predicate<Issue> openAndHeavierThan(int maxWeight, List<String> workItemTypes) {
        return i -> i.isOpen() && i.weight() != null && i.weight() > maxWeight && i.isAnyType(workItemTypes);
    }

    /**
     * Open, unweighted work planned in an iteration that has not closed: what iteration planning has
     * committed to (or is about to) without an estimate. Records (ceremonies, RAID items) are not work.
     */
    public static Predicate<PlannedIssue> unweightedOpenWorkInOpenIterations() {
        return p -> p.isOpen() && p.workItem() && p.isUnweighted() && !p.iteration().isClosed();
    }
}
