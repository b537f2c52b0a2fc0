package dev.psdm.engine.facts;

import dev.psdm.model.Issue;
import dev.psdm.report.Subject;

/**
 * An issue together with the iteration it is planned in (derived once, so rules need no join on ids).
 *
 * @param workItem false for ceremony records and RAID items, which are not units of work to estimate
 */
public record PlannedIssue(Issue issue, DeliveryIteration iteration, boolean workItem) {

    /**
     * The issue could carry a weight and has none. An issue whose work item type has no weight
     * (an incident, a test case: {@link Issue#supportsWeight()}) is never unweighted: GitLab leaves
     * its {@code weight} out whatever the team estimated.
     */
    public boolean isUnweighted() {
        return issue.weight() == null && issue.supportsWeight();
    }

    /** The issue is not closed. */
    public boolean isOpen() {
        return issue.isOpen();
    }

    /** The issue as a finding's subject. */
    public Subject subject() {
        return Subject.issue(issue);
    }
}
