package dev.psdm.engine.facts;

import dev.psdm.model.Group;
import dev.psdm.model.Project;
import dev.psdm.report.Subject;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The project under check with the evaluation clock and its size. Exactly one per evaluation.
 * Rules read the as-of instant here and never the system clock.
 *
 * @param asOf       the evaluation instant (defaults to the snapshot's fetchedAt)
 * @param asOfDate   the as-of instant's date in UTC
 * @param issueCount the issues in the snapshot: rules ask "are there any?" here rather than with
 *                   {@code not Issue()}, which holds every issue in the rule's memory
 */
public record ProjectContext(Project project, Group group, Instant asOf, LocalDate asOfDate, ProjectSize size,
                             int issueCount) {

    /** The project is LARGE (see {@link ProjectSize}). */
    public boolean isLarge() {
        return size.isLarge();
    }

    /** The project is SMALL. */
    public boolean isSmall() {
        return size.isSmall();
    }

    /** The project as a finding's subject, for rules about the project as a whole. */
    public Subject subject() {
        return Subject.project(project);
    }
}
