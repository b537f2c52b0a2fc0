package dev.psdm.rules.catalog.labels;

import dev.psdm.engine.Findings;
import dev.psdm.engine.conventions.EngineSettings;
import dev.psdm.engine.facts.WorkItem;
import dev.psdm.model.Label;
import dev.psdm.report.Subject;

import java.util.List;

import static dev.psdm.rules.catalog.evidence.EvidenceText.key;
import static dev.psdm.rules.catalog.evidence.EvidenceText.name;
import static dev.psdm.rules.catalog.evidence.EvidenceText.plural;

/**
 * The evidence of the label rules (issue 29): for each label the CP automation needs, the labels that matched
 * its convention, or the near misses (an archived label that matched, a label that looks like one but does not
 * match) (PSDM-LBL-001); for the workflow board, how many open work items sit in each workflow state and, for
 * each one off the board, a workflow-like label it carries instead (PSDM-LBL-002).
 */
public final class LabelEvidence {
    /** Names listed per line; the rest are counted, so a project with 300 labels gets a readable line. */
    private static final int LISTED = 5;

    private LabelEvidence() {
    }

    /** PSDM-LBL-001: what satisfied one required label, or what nearly did. */
    public static void required(Findings findings, Object drools, RequiredLabel required, ProjectLabels labels,
                                List<?> snapshotLabels) {
        findings.lookedAt(drools, plural(labels.names().size(), "label") + " in use (defined in the project or its "
                + "groups, or carried by an issue; archived labels left out)");
        Subject about = required.subject();
        // sorted, so that the labels listed do not depend on the order GitLab sent them in
        List<String> names = labels.names().stream().sorted().toList();
        List<String> matching = names.stream().filter(required.matches()).toList();
        if (!matching.isEmpty()) {
            findings.satisfied(drools, about, null, required.name() + ": " + listed(matching) + " "
                    + (matching.size() == 1 ? "matches " : "match ") + required.convention());
            return;
        }
        findings.notCounted(drools, about, null, required.name() + ": no label in use matches " + required.convention());
        int near = 0;
        List<String> archived = snapshotLabels.stream().map(Label.class::cast).filter(l -> !l.inUse())
                .map(Label::name).filter(required.matches()).sorted().toList();
        for (String name : archived) {
            if (near++ < LISTED) {
                findings.nearMiss(drools, about, null, "'" + name + "' matches " + required.convention()
                        + ", but GitLab archived it: it is no longer offered for new issues");
            }
        }
        for (String name : names) {
            if (required.resembles().test(name) && near++ < LISTED) {
                findings.nearMiss(drools, about, null, "'" + name + "' looks like a " + required.name()
                        + " label but does not match " + required.convention());
            }
        }
    }

    /** PSDM-LBL-002: how many open work items sit in each workflow state; each one off the board and why. */
    public static void workflow(Findings findings, Object drools, Subject project, WorkflowBoard board) {
        String prefix = board.prefix();
        String convention = key(LabelSettings.WORKFLOW_PREFIX.path()) + " (" + prefix + ")";
        findings.lookedAt(drools, "open work items (types from " + key(EngineSettings.WORK_ITEM_TYPES.path())
                + "; ceremony records, RAID items and the communication plan are records) and their labels starting with "
                + convention);
        for (WorkItem item : board.offBoard()) {
            Subject subject = item.subject();
            List<String> carried = item.issue().labels();
            findings.counted(drools, subject, subject, name(item.issue()) + " is open and carries no label starting with "
                    + convention + (carried.isEmpty() ? "; it carries no label at all" : ""));
            for (String label : carried) {
                if (label != null && label.toLowerCase(java.util.Locale.ROOT).contains("workflow")) {
                    findings.nearMiss(drools, subject, subject, "It carries '" + label + "', which does not start with "
                            + prefix);
                }
            }
        }
        board.openByState().forEach((state, n) -> findings.satisfied(drools, project, null, state + ": "
                + plural(n, "open work item")));
        int open = board.open();
        int off = board.offBoard().size();
        String summary = board.onBoard() + " of " + plural(open, "open work item") + " on the workflow board";
        if (off == 0) {
            findings.satisfied(drools, project, null, open == 0 ? "No open work item to place on the board" : summary);
        } else {
            findings.counted(drools, project, null, summary + "; " + off + " without a workflow label");
        }
    }

    /** "'SOW-1234'", "'PSD Workflow::Backlog', 'PSD Workflow::Done' and 3 more". */
    private static String listed(List<String> names) {
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < Math.min(LISTED, names.size()); k++) {
            s.append(k == 0 ? "" : ", ").append('\'').append(names.get(k)).append('\'');
        }
        return names.size() > LISTED ? s + " and " + (names.size() - LISTED) + " more" : s.toString();
    }
}
