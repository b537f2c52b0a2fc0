package dev.psdm.rules.catalog.weights;

import dev.psdm.engine.Findings;
import dev.psdm.engine.conventions.EngineSettings;
import dev.psdm.engine.facts.DeliveryIteration;
import dev.psdm.engine.facts.PlannedIssue;
import dev.psdm.model.Issue;
import dev.psdm.report.Subject;

import java.util.List;

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

    /** PSDM-WGT-001: per current or upcoming iteration, how many open work items are weighted; each unweighted one. */
    public static void planned(Findings findings, Object drools, IterationWeights weights) {
        findings.lookedAt(drools, "open issues planned in the current or an upcoming iteration (closed iterations are "
                + "over; work item types from " + key(EngineSettings.WORK_ITEM_TYPES.path()) + ")");
        // the iteration's part of the sentence once per iteration, not once per item (issue 29 item 4)
        DeliveryIteration last = null;
        String plannedWithoutWeight = null;
        for (PlannedIssue planned : weights.unweighted()) {
            if (planned.iteration() != last) {
                last = planned.iteration();
                plannedWithoutWeight = " is planned in " + period(last) + ", " + state(last) + ", and has no weight";
            }
            Subject subject = planned.subject();
            findings.counted(drools, subject, subject, name(planned.issue()) + plannedWithoutWeight);
        }
        for (IterationWeights.Tally t : weights.iterations()) {
            DeliveryIteration iteration = t.iteration();
            Subject about = iteration.subject();
            String it = period(iteration) + ", " + state(iteration) + ": ";
            int work = t.weighted() + t.unweighted();
            if (t.unweighted() == 0) {
                findings.satisfied(drools, about, null, it + (work == 0 ? "no open work item to estimate"
                        : (work == 1 ? "its open work item is weighted" : "all " + work + " open work items are weighted")));
            } else {
                findings.counted(drools, about, null, it + t.unweighted() + " of " + plural(work, "open work item")
                        + " without a weight");
            }
            if (t.notWork() > 0) {
                findings.notCounted(drools, about, null, it + plural(t.notWork(), "record") + " (ceremonies, RAID items, "
                        + "types " + key(EngineSettings.WORK_ITEM_TYPES.path()) + " leaves out): not work to estimate");
            }
            if (t.cannotBeWeighed() > 0) {
                findings.notCounted(drools, about, null, it + plural(t.cannotBeWeighed(), "open item") + " of a type "
                        + "GitLab cannot weigh (incident, test case …): never read as unweighted");
            }
        }
    }

    /** PSDM-WGT-002: each open issue heavier than the limit; for the rest, how many and the heaviest. */
    public static void heavy(Findings findings, Object drools, Subject project, OpenIssueWeights weights,
                             List<String> types) {
        int maxWeight = weights.maxWeight();
        String limit = "at most " + maxWeight + ", " + key(WeightSettings.MAX_WEIGHT.path());
        findings.lookedAt(drools, "the weight of every open issue of the types " + key(EngineSettings.WORK_ITEM_TYPES.path())
                + " judges (" + String.join(", ", types) + ")");
        for (Issue issue : weights.heavy()) {
            Subject subject = Subject.issue(issue);
            findings.counted(drools, subject, subject, name(issue) + " weighs " + issue.weight() + ", "
                    + (issue.weight() - maxWeight) + " over the limit (" + limit + ")");
        }
        int weighted = weights.weighted();
        int heavy = weights.heavy().size();
        int unweighted = weights.unweighted();
        Issue heaviest = weights.heaviest();
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
