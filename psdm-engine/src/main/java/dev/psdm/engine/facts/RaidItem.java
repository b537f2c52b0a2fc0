package dev.psdm.engine.facts;

import dev.psdm.model.Issue;
import dev.psdm.report.Subject;

import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * An issue of the RAID log (Risks, Actions, Issues, Decisions).
 *
 * @param highPriority      carries a high-priority or escalated label, or GitLab's health status says
 *                          {@code needs_attention} or {@code at_risk}
 * @param daysSinceUpdate   calendar days (UTC) between the issue's last update and the as-of date; negative
 *                          when the last update is after the as-of date
 * @param limitDays         the staleness limit that applies to it (14 days, 7 when high priority, by default)
 */
public record RaidItem(Issue issue, boolean highPriority, long daysSinceUpdate, int limitDays) {

    public boolean isStale() {
        return daysSinceUpdate > limitDays;
    }

    /**
     * Its last update is after the as-of date (a far-future {@code updatedAt}, or a snapshot checked as of
     * an earlier day): how current it was on the as-of date is unknown, and it must not count as fresh.
     */
    public boolean isUpdatedAfterAsOf() {
        return daysSinceUpdate < 0;
    }

    /** {@code "; GitLab's health status: at risk"} when GitLab's health status asks for action, else empty. */
    public String healthNote() {
        return issue.healthAsksForAction() ? "; GitLab's health status: " + issue.healthStatus().replace('_', ' ') : "";
    }

    public boolean isOpen() {
        return issue.isOpen();
    }

    /** Nobody owns it: "ensuring the DRI within the issue is actively contributing to is crucial". */
    public boolean isUnassigned() {
        return issue.assignees().isEmpty();
    }

    /** It was created on that day (UTC) or earlier. */
    public boolean isCreatedBy(LocalDate day) {
        return !LocalDate.ofInstant(issue.createdAt(), ZoneOffset.UTC).isAfter(day);
    }

    public Subject subject() {
        return Subject.issue(issue);
    }
}
