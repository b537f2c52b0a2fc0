package dev.psdm.engine.facts;

import dev.psdm.model.Issue;
import dev.psdm.report.Subject;
import org.jspecify.annotations.Nullable;

/**
 * An issue that is a unit of work ("Issues: the atomic units of work that roll into the Epic"):
 * not a ceremony record, a RAID item, an internal retrospective or the communication plan. Derived
 * once, so rules about work (board, epics) need no join with those records.
 *
 * @param iteration the iteration (or milestone) it is planned in, or null when unplanned
 */
public record WorkItem(Issue issue, @Nullable DeliveryIteration iteration) {

    public boolean isOpen() {
        return issue.isOpen();
    }

    /** It belongs to an epic (known by its id, or only by the deprecated {@code epic_iid}). */
    public boolean isInEpic() {
        return issue.hasEpic();
    }

    /** It carries a label starting with the prefix, e.g. {@code PSD Workflow::} (ignoring case). */
    public boolean hasLabelPrefix(String prefix) {
        return issue.hasLabelPrefix(prefix);
    }

    public Subject subject() {
        return Subject.issue(issue);
    }
}
