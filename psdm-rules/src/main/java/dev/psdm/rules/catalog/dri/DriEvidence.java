package dev.psdm.rules.catalog.dri;

import dev.psdm.engine.Findings;
import dev.psdm.engine.facts.Backlog;
import dev.psdm.engine.facts.DeliveryIteration;
import dev.psdm.engine.facts.PlannedIssue;
import dev.psdm.engine.facts.ProjectContext;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

import static dev.psdm.rules.catalog.evidence.EvidenceText.LISTED;
import static dev.psdm.rules.catalog.evidence.EvidenceText.name;
import static dev.psdm.rules.catalog.evidence.EvidenceText.period;
import static dev.psdm.rules.catalog.evidence.EvidenceText.plural;

/**
 * The evidence of PSDM-DRI-001 (issue 29): the current iteration, how many open work items it holds and what
 * it left out, each unassigned one, and the first assigned ones by how many assignees (a count, not names:
 * evidence may reach the customer); without a current iteration, the iterations either side of the as-of date.
 */
public final class DriEvidence {
    private DriEvidence() {
    }

    public static void explain(Findings findings, Object drools, ProjectContext project, Backlog backlog, List<?> iterations) {
        List<DeliveryIteration> all = iterations.stream().map(DeliveryIteration.class::cast)
                .sorted(Comparator.comparing(DeliveryIteration::start).thenComparingLong(DeliveryIteration::id)).toList();
        DeliveryIteration current = all.stream().filter(DeliveryIteration::isCurrent).findFirst().orElse(null);
        if (current == null) {
            String before = all.stream().filter(DeliveryIteration::isClosed).reduce((a, b) -> b)
                    .map(i -> "the last to end, " + i.title() + ", ended on " + i.due()).orElse("none had ended");
            String after = all.stream().filter(DeliveryIteration::isUpcoming).findFirst()
                    .map(i -> "the next, " + i.title() + ", starts on " + i.start()).orElse("none starts later");
            findings.notCounted(drools, project.subject(), null, "No iteration is current on the as-of date "
                    + project.asOfDate() + ": " + (all.isEmpty() ? "the project has no iterations" : before + "; " + after));
            return;
        }
        // one pass: what is planned in the current iteration, and of it what the rule judges (issue 29 item 4)
        Predicate<PlannedIssue> judgedByTheRule = DriChecks.openWorkInTheCurrentIteration();
        List<PlannedIssue> judged = new ArrayList<>();
        long inIteration = 0;
        for (PlannedIssue p : backlog.plannedIssues()) {
            if (p.iteration().isCurrent()) {
                inIteration++;
                if (judgedByTheRule.test(p)) {
                    judged.add(p);
                }
            }
        }
        findings.lookedAt(drools, plural(judged.size(), "open work item") + " planned in " + period(current)
                + ", the current iteration");
        if (inIteration > judged.size()) {
            findings.lookedAt(drools, plural(inIteration - judged.size(), "more issue") + " planned there not judged: closed, "
                    + "records (ceremonies, RAID items, retrospectives, the communication plan) or of a type outside "
                    + "`workItems.types`");
        }
        int assigned = 0;
        for (PlannedIssue p : byIid(judged)) {
            int n = p.issue().assignees().size();
            if (n == 0) {
                findings.counted(drools, p.subject(), p.subject(), name(p.issue()) + " is open in " + current.title()
                        + " and has no assignee");
            } else if (++assigned <= LISTED) {
                findings.satisfied(drools, p.subject(), p.subject(), name(p.issue()) + " has " + plural(n, "assignee"));
            }
        }
        if (assigned > LISTED) {
            findings.lookedAt(drools, assigned + " of them have an assignee; the first " + LISTED
                    + " by issue number are listed");
        }
    }

    /** By issue number: which items are listed must not depend on the order GitLab returned them in. */
    private static List<PlannedIssue> byIid(List<PlannedIssue> planned) {
        return planned.stream().sorted(Comparator.comparingLong(p -> p.issue().iid())).toList();
    }
}
