package dev.psdm.rules.catalog.ssot;

import dev.psdm.engine.Findings;
import dev.psdm.engine.facts.ProjectContext;
import dev.psdm.model.Board;
import dev.psdm.model.DataGap;
import dev.psdm.report.EvidenceItem;
import dev.psdm.report.Subject;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import static dev.psdm.rules.catalog.evidence.EvidenceText.plural;

/**
 * The evidence of PSDM-SSOT-001 (issue 29): the three things that make GitLab the single source of truth, each
 * found or missing: the plan (iterations or milestones), the issues, the boards with their lists.
 */
public final class SsotEvidence {
    private SsotEvidence() {
    }

    public static void managedInGitLab(Findings findings, Object drools, ProjectContext context, int iterations,
                                       int milestones, List<?> boards, List<?> planGaps) {
        findings.lookedAt(drools, "the plan (iterations, milestones), the issues and the issue boards in GitLab");
        Subject project = context.subject();
        if (iterations + milestones > 0) {
            findings.satisfied(drools, project, null, "The plan is in GitLab: " + plural(iterations, "iteration") + " and "
                    + plural(milestones, "milestone"));
        } else if (!planGaps.isEmpty()) {
            for (Object o : planGaps) {
                DataGap gap = (DataGap) o;
                findings.evidence(drools, EvidenceItem.Kind.DATA_GAP, project, null, "No iteration or milestone read, and "
                        + gap.resource() + (gap.isReadFailure() ? " could not be read: " : " is not in the snapshot: ")
                        + gap.reason() + ": whether the plan is in GitLab is undecided");
            }
        } else {
            findings.notCounted(drools, project, null, "No iteration and no milestone in the snapshot: the plan is not in GitLab");
        }
        if (context.issueCount() > 0) {
            findings.satisfied(drools, project, null, "The work is in GitLab: " + plural(context.issueCount(), "issue"));
        } else {
            findings.notCounted(drools, project, null, "No issue in the snapshot: the work is not tracked in GitLab");
        }
        if (boards.isEmpty()) {
            findings.notCounted(drools, project, null, "No issue board in the snapshot");
        }
        boards.stream().map(Board.class::cast).sorted(Comparator.comparingLong(Board::id)).forEach(b -> {
            String lists = b.lists().stream().sorted(Comparator.comparingInt(Board.BoardList::position))
                    .map(Board.BoardList::label).filter(Objects::nonNull).collect(Collectors.joining(", "));
            findings.satisfied(drools, project, null, "Board '" + (b.name() == null ? "#" + b.id() : b.name()) + "'"
                    + (lists.isEmpty() ? " (no label lists)" : " with the lists " + lists));
        });
    }
}
