package dev.psdm.rules.catalog.epics;

import dev.psdm.engine.Findings;
import dev.psdm.engine.facts.Backlog;
import dev.psdm.engine.facts.WorkItem;
import dev.psdm.model.Issue;
import dev.psdm.rules.catalog.evidence.EvidenceText.Lowest;

import java.util.ArrayList;
import java.util.List;

import static dev.psdm.rules.catalog.evidence.EvidenceText.LISTED;
import static dev.psdm.rules.catalog.evidence.EvidenceText.name;
import static dev.psdm.rules.catalog.evidence.EvidenceText.plural;

/**
 * The evidence of PSDM-EPIC-001 (issue 29): how many open work items it judged and what it left out, each
 * one outside every epic, and the first ones inside one with the epic they roll into.
 */
public final class EpicEvidence {
    private EpicEvidence() {
    }

    public static void explain(Findings findings, Object drools, Backlog backlog) {
        // one pass over the work items (three were a twentieth of an evaluation at 100k issues; issue 29 item 4)
        int open = 0;
        int inEpic = 0;
        List<WorkItem> outside = new ArrayList<>();
        Lowest<WorkItem> first = new Lowest<>(w -> w.issue().iid(), LISTED); // listed: the lowest iids in an epic
        for (WorkItem item : backlog.workItems()) {
            if (!item.isOpen()) {
                continue;
            }
            open++;
            if (!item.isInEpic()) {
                outside.add(item);
            } else {
                first.offer(item);
                inEpic++;
            }
        }
        findings.lookedAt(drools, plural(open, "open work item") + " (of "
                + plural(backlog.issues().size(), "issue") + "; closed issues, records and types outside "
                + "`workItems.types` are not judged)");
        for (WorkItem item : outside) {
            findings.counted(drools, item.subject(), item.subject(), name(item.issue()) + " is open and belongs to no epic");
        }
        for (WorkItem item : first.kept()) {
            findings.satisfied(drools, item.subject(), item.subject(), name(item.issue()) + " rolls into " + epic(item.issue()));
        }
        if (inEpic > LISTED) {
            findings.lookedAt(drools, inEpic + " of them roll into an epic; the first " + LISTED
                    + " by issue number are listed");
        }
    }

    /** "epic &2", or "an epic (id 41)" when GitLab named it only by id. */
    private static String epic(Issue issue) {
        return issue.epicIid() != null ? "epic &" + issue.epicIid() : "an epic (id " + issue.epicId() + ")";
    }
}
