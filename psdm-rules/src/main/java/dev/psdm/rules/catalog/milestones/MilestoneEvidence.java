package dev.psdm.rules.catalog.milestones;

import dev.psdm.engine.Findings;
import dev.psdm.model.Milestone;
import dev.psdm.report.Subject;

import java.util.Comparator;
import java.util.List;

import static dev.psdm.rules.catalog.evidence.EvidenceText.plural;

/**
 * The evidence of PSDM-MS-001 (issue 29): the milestones that track the project's phases, with their dates and
 * state; when there are none, that the snapshot read none; when the team tracks its iterations as milestones,
 * that those milestones are its iterations.
 */
public final class MilestoneEvidence {
    private MilestoneEvidence() {
    }

    /** The project's milestones read as phases. */
    public static void phases(Findings findings, Object drools, Subject project, List<?> milestones) {
        findings.lookedAt(drools, "the project's and its groups' milestones, read as project phases "
                + "(`iterationsAsMilestones` is false)");
        if (milestones.isEmpty()) {
            findings.notCounted(drools, project, null, "No milestone in the snapshot: no phase is tracked");
            return;
        }
        milestones.stream().map(Milestone.class::cast)
                .sorted(Comparator.comparing(Milestone::title).thenComparingLong(Milestone::id))
                .forEach(m -> findings.satisfied(drools, project, Subject.of("milestone", m.id(), m.title(), m.webUrl()),
                        "Milestone '" + m.title() + "'" + dates(m) + (m.state() == null ? "" : ", " + m.state())));
    }

    /** Why the rule does not apply: the milestones are the team's iterations. */
    public static void iterations(Findings findings, Object drools, Subject project, int milestones) {
        findings.notCounted(drools, project, null, "`iterationsAsMilestones` is true: the " + plural(milestones, "milestone")
                + " in the snapshot are the team's iterations, not project phases");
    }

    private static String dates(Milestone m) {
        if (m.startDate() == null && m.dueDate() == null) {
            return " (no dates)";
        }
        return " (" + (m.startDate() == null ? "…" : m.startDate()) + " – " + (m.dueDate() == null ? "…" : m.dueDate()) + ")";
    }
}
