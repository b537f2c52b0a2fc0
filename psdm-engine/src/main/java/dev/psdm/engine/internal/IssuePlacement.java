package dev.psdm.engine.internal;

import dev.psdm.engine.conventions.Conventions;
import dev.psdm.model.Issue;
import dev.psdm.model.WikiPage;
import dev.psdm.report.Subject;

import java.time.LocalDate;
import java.time.ZoneOffset;

/** Where an issue sits in the plan and in time, as every deriver reads it. */
final class IssuePlacement {
    private IssuePlacement() {
    }

    /** The iteration (or milestone, when the team tracks iterations as milestones) an issue is planned in. */
    static Long periodIdOf(Issue issue, Conventions conventions) {
        return conventions.iterationsAsMilestones() ? issue.milestoneId() : issue.iterationId();
    }

    /** The day an issue belongs to: its due date, else the day it was created (UTC). */
    static LocalDate dateOf(Issue issue) {
        return issue.dueDate() != null ? issue.dueDate() : LocalDate.ofInstant(issue.createdAt(), ZoneOffset.UTC);
    }

    static Subject wikiSubject(WikiPage page) {
        return new Subject("wiki", null, null, page.title(), null);
    }
}
