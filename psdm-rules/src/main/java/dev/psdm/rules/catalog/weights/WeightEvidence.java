package dev.psdm.rules.catalog.weights;

import dev.psdm.engine.Findings;
import dev.psdm.engine.conventions.EngineSettings;
import dev.psdm.engine.facts.Backlog;
import dev.psdm.engine.facts.DeliveryIteration;
import dev.psdm.engine.facts.PlannedIssue;
import dev.psdm.model.Issue;
import dev.psdm.report.Subject;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.psdm.rules.catalog.evidence.EvidenceText.key;
import static dev.psdm.rules.catalog.evidence.EvidenceText.name;
import static dev.psdm.rules.catalog.evidence.EvidenceText.period;
import static dev.psdm.rules.catalog.evidence.EvidenceText.plural;

/**
 * The evidence of the weight rules (issue 29). Counts per iteration (PSDM-WGT-001) and for the project
 * (PSDM-WGT-002) rather than an item per issue: a 100k-issue project passes with a few lines of evidence, and
 * only the issues that fail get a line of their own, with their weight against {@code thresholds.maxWeight}.
 */
public final class WeightEvidence {
    private WeightEvidence() {
    }

    /** What one open iteration holds, as PSDM-WGT-001 judges it. */
    private static final class Tally {
        int weighted;
        int unweighted;
        int notWork;
        int cannotBeWeighed;
    }

    /** PSDM-WGT-001: per current or upcoming iteration, how many open work items are weighted; each unweighted one. */
    public static void planned(Findings findings, Object drools, Backlog backlog) {
        findings.lookedAt(drools, "open issues planned in the current or an upcoming iteration (closed iterations are "
                + "over; work item types from " + key(EngineSettings.WORK_ITEM_TYPES.path()) + ")");
        Map<DeliveryIteration, Tally> tallies = new LinkedHashMap<>();
        DeliveryIteration last = null;
        Tally tally = null;
        for (PlannedIssue planned : backlog.plannedIssues()) {
            // the iteration first (shared, in cache), then the issue; and the map only when the iteration changes:
            // a record's hashCode hashes every component, on each of 100k issues (issue 29 item 4)
            if (planned.iteration().isClosed() || !planned.isOpen()) {
                continue;
            }
            if (planned.iteration() != last) {
                last = planned.iteration();
                tally = tallies.computeIfAbsent(last, i -> new Tally());
            }
            if (!planned.workItem()) {
                tally.notWork++;
            } else if (planned.isUnweighted()) {
                tally.unweighted++;
                findings.counted(drools, planned.subject(), planned.subject(), name(planned.issue()) + " is planned in "
                        + period(planned.iteration()) + ", " + state(planned.iteration()) + ", and has no weight");
            } else if (planned.issue().weight() == null) {
                tally.cannotBeWeighed++;
            } else {
                tally.weighted++;
            }
        }
        tallies.forEach((iteration, t) -> {
            Subject about = iteration.subject();
            String it = period(iteration) + ", " + state(iteration) + ": ";
            int work = t.weighted + t.unweighted;
            if (t.unweighted == 0) {
                findings.satisfied(drools, about, null, it + (work == 0 ? "no open work item to estimate"
                        : (work == 1 ? "its open work item is weighted" : "all " + work + " open work items are weighted")));
            } else {
                findings.counted(drools, about, null, it + t.unweighted + " of " + plural(work, "open work item")
                        + " without a weight");
            }
            if (t.notWork > 0) {
                findings.notCounted(drools, about, null, it + plural(t.notWork, "record") + " (ceremonies, RAID items, "
                        + "types " + key(EngineSettings.WORK_ITEM_TYPES.path()) + " leaves out): not work to estimate");
            }
            if (t.cannotBeWeighed > 0) {
                findings.notCounted(drools, about, null, it + plural(t.cannotBeWeighed, "open item") + " of a type "
                        + "GitLab cannot weigh (incident, test case …): never read as unweighted");
            }
        });
    }

    /** PSDM-WGT-002: each open issue heavier than the limit; for the rest, how many and the heaviest. */
    public static void heavy(Findings findings, Object drools, Subject project, Backlog backlog, int maxWeight,
                             List<String> types) {
        String limit = "at most " + maxWeight + ", " + key(WeightSettings.MAX_WEIGHT.path());
        findings.lookedAt(drools, "the weight of every open issue of the types " + key(EngineSettings.WORK_ITEM_TYPES.path())
                + " judges (" + String.join(", ", types) + ")");
        int weighted = 0;
        int heavy = 0;
        int unweighted = 0;
        Issue heaviest = null;
        for (Issue issue : backlog.issues()) {
            if (!issue.isOpen() || !issue.isAnyType(types)) {
                continue;
            }
            if (issue.weight() == null) {
                unweighted++;
                continue;
            }
            weighted++;
            if (issue.weight() > maxWeight) {
                heavy++;
                Subject subject = Subject.issue(issue);
                findings.counted(drools, subject, subject, name(issue) + " weighs " + issue.weight() + ", "
                        + (issue.weight() - maxWeight) + " over the limit (" + limit + ")");
            } else if (heaviest == null || issue.weight() > heaviest.weight()
                    || issue.weight().equals(heaviest.weight()) && issue.iid() < heaviest.iid()) { // the same whatever the order
                heaviest = issue;
            }
        }
        if (heavy == 0) {
            findings.satisfied(drools, project, heaviest == null ? null : Subject.issue(heaviest), weighted == 0
                    ? "No open issue carries a weight"
                    : plural(weighted, "open issue") + (weighted == 1 ? " carries" : " carry") + " a weight; the heaviest, " + name(heaviest) + ", weighs "
                    + heaviest.weight() + " (" + limit + ")");
        } else {
            findings.counted(drools, project, null, heavy + " of " + plural(weighted, "weighted open issue")
                    + (heavy == 1 ? " weighs" : " weigh") + " more than " + maxWeight + " (" + limit + ")");
        }
        if (unweighted > 0) {
            findings.notCounted(drools, project, null, plural(unweighted, "open issue") + " without a weight: nothing "
                    + "to split (PSDM-WGT-001 asks for the weights of planned work)");
        }
    }

    private static String state(DeliveryIteration iteration) {
        return iteration.isCurrent() ? "current" : "upcoming";
    }
}
