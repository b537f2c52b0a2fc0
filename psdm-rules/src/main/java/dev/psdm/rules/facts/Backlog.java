package dev.psdm.rules.facts;

import dev.psdm.model.Issue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Every issue of the project as one fact, with the per-issue questions rules ask, for rules that
 * check issues one by one:
 *
 * <pre>
 * $backlog : Backlog()
 * $item : WorkItem() from $backlog.openWorkItemsOutsideEpics()
 * </pre>
 *
 * <p>Why not a fact per issue: a fact inserted into the session stays there, with its handle,
 * propagation entry and node memories, until the evaluation ends; at 100k issues that is some 300k
 * long-lived objects that the garbage collector copies while the session runs, and evaluation grew
 * faster than the issue count (docs/PERFORMANCE.md). A helper answers in one loop over the list and
 * hands the session only the issues that fail. {@link WorkItem}, {@link PlannedIssue} and
 * {@link Issue} are still inserted one by one for any (custom) rule that matches them directly.
 *
 * @param issues        every issue of the snapshot, in snapshot order
 * @param workItems     the issues that are work, not records (see {@link WorkItem})
 * @param plannedIssues the issues in an iteration (or milestone), with it (see {@link PlannedIssue})
 */
public record Backlog(List<Issue> issues, List<WorkItem> workItems, List<PlannedIssue> plannedIssues) {

    public Backlog {
        issues = List.copyOf(issues);
        workItems = List.copyOf(workItems);
        plannedIssues = List.copyOf(plannedIssues);
    }

    /** Issues, open or closed, marked confidential. */
    public List<Issue> confidentialIssues() {
        return select(issues, Issue::confidential);
    }

    /** Open issues weighing more than {@code maxWeight}. */
    public List<Issue> openIssuesHeavierThan(int maxWeight) {
        return select(issues, i -> i.isOpen() && i.weight() != null && i.weight() > maxWeight);
    }

    /** Open work items outside every epic. */
    public List<WorkItem> openWorkItemsOutsideEpics() {
        return select(workItems, w -> w.isOpen() && !w.isInEpic());
    }

    /** Open work items without a label starting with {@code prefix} (ignoring case). */
    public List<WorkItem> openWorkItemsWithoutLabelPrefix(String prefix) {
        return select(workItems, w -> w.isOpen() && !w.hasLabelPrefix(prefix));
    }

    /** Open, unweighted work items planned in an iteration that has not closed. */
    public List<PlannedIssue> unweightedOpenWorkInOpenIterations() {
        return select(plannedIssues, p -> p.isOpen() && p.workItem() && p.isUnweighted() && !p.iteration().isClosed());
    }

    /** Open work items planned in one of the next {@code n} iterations to start. */
    public List<PlannedIssue> openWorkPlannedWithinNext(int n) {
        return select(plannedIssues, p -> p.isOpen() && p.workItem() && p.iteration().isWithinNext(n));
    }

    private static <T> List<T> select(List<T> all, Predicate<T> test) {
        List<T> selected = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            T t = all.get(i);
            if (test.test(t)) {
                selected.add(t);
            }
        }
        return selected;
    }

    @Override
    public String toString() {
        return "Backlog[" + issues.size() + " issues, " + workItems.size() + " work items, " + plannedIssues.size()
                + " planned]";
    }
}
