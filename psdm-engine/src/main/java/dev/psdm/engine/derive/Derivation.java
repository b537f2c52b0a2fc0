package dev.psdm.engine.derive;

import dev.psdm.engine.conventions.Conventions;
import dev.psdm.model.Issue;
import dev.psdm.model.Snapshot;
import dev.psdm.model.WikiPage;
import dev.psdm.report.Subject;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * One evaluation's derivation as a {@link Deriver} sees it: the inputs, the facts derived so far by type,
 * and the helpers every deriver places issues with (so that all of them agree on where an issue sits).
 */
@API(status = API.Status.EXPERIMENTAL)
public interface Derivation {
    Snapshot snapshot();

    Instant asOf();

    /** The as-of day (UTC). */
    LocalDate asOfDate();

    Conventions conventions();

    /** The facts of a type this deriver needs (derived before it started). */
    <T> List<T> facts(Class<T> type);

    /** The single fact of a type (the project context, say). */
    <T> T fact(Class<T> type);

    /**
     * Whether the issue at {@code index} is a record (ceremony, RAID item, communication plan …) rather than
     * work, as the visiting derivers before the asker said: for the issue being seen in the current pass, or
     * for any issue once a pass that marked records is over.
     */
    boolean isRecord(int index);

    /**
     * The plan period an issue is planned in: its iteration, or its milestone when the team tracks
     * iterations as milestones ({@code iterationsAsMilestones}); null when it is in none.
     */
    default @Nullable Long planPeriodOf(Issue issue) {
        return planPeriodOf(issue, conventions());
    }

    /** {@link #planPeriodOf(Issue)} under the given conventions. */
    static @Nullable Long planPeriodOf(Issue issue, Conventions conventions) {
        return conventions.iterationsAsMilestones() ? issue.milestoneId() : issue.iterationId();
    }

    /** The day an issue belongs to: its due date, else the day it was created (UTC). */
    static LocalDate dateOf(Issue issue) {
        return issue.dueDate() != null ? issue.dueDate() : LocalDate.ofInstant(issue.createdAt(), ZoneOffset.UTC);
    }

    /** A wiki page as the subject of a record or a finding (wiki pages have no id in the snapshot). */
    static Subject wikiSubject(WikiPage page) {
        return new Subject("wiki", null, null, page.title(), null);
    }
}
