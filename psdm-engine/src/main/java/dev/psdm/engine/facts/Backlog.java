package dev.psdm.engine.facts;

import dev.psdm.model.Issue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Every issue of the project as one fact, with selectors that hand a rule only the issues its
 * check picks, for rules that check issues one by one. The check itself lives with the rule (a
 * predicate beside its DRL file, e.g. {@code dev.psdm.rules.catalog.epics.EpicChecks}):
 *
 * <pre>
 * $backlog : Backlog()
 * $item : WorkItem() from $backlog.workItems(EpicChecks.openOutsideEveryEpic())
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

    /** The issues, open or closed, that pass {@code test}, in snapshot order. */
    public List<Issue> issues(Predicate<? super Issue> test) {
        return select(issues, test);
    }

    /** The work items (issues that are work, not records) that pass {@code test}, in snapshot order. */
    public List<WorkItem> workItems(Predicate<? super WorkItem> test) {
        return select(workItems, test);
    }

    /** The issues planned in an iteration (or milestone) that pass {@code test}, in snapshot order. */
    public List<PlannedIssue> plannedIssues(Predicate<? super PlannedIssue> test) {
        return select(plannedIssues, test);
    }

    private static <T> List<T> select(List<T> all, Predicate<? super T> test) {
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
