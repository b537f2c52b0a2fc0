package dev.psdm.rules.catalog.weights;

import dev.psdm.engine.Findings;
import dev.psdm.engine.conventions.EngineSettings;
import dev.psdm.engine.facts.Backlog;
import dev.psdm.engine.facts.DeliveryIteration;
import dev.psdm.engine.facts.PlannedIssue;
import dev.psdm.model.Issue;
import dev.psdm.report.Subject;

import java.util.ArrayList;
import java.util.IdentityHashMap;
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
        // by identity (the derivation makes one DeliveryIteration per iteration), in the order first met: a record's
        // hashCode hashes every component, and this ran once per planned issue (issue 29 item 4)
        Map<DeliveryIteration, Tally> tallies = new IdentityHashMap<>();
        List<DeliveryIteration> met = new ArrayList<>();
        for (PlannedIssue planned : backlog.plannedIssues()) {
            // the iteration first: it is shared and in cache, where each issue read is a trip to memory
            if (planned.iteration().isClosed() || !planned.isOpen()) {
                continue;
            }
            Tally tally = tallies.get(planned.iteration());
            if (tally == null) {
                tally = new Tally();
                tallies.put(planned.iteration(), tally);
                met.add(planned.iteration());
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
        for (DeliveryIteration iteration : met) {
            Tally t = tallies.get(iteration);
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
