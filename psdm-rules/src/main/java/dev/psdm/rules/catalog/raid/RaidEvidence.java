package dev.psdm.rules.catalog.raid;

import dev.psdm.engine.Findings;
import dev.psdm.engine.conventions.Conventions;
import dev.psdm.engine.facts.RaidItem;
import dev.psdm.report.Subject;

/**
 * The evidence of the RAID rules (issue 29): each open RAID item, how many days since its last update
 * against its limit and the {@code .psdm.yml} key that sets it (PSDM-RAID-002), who owns it (PSDM-RAID-003);
 * and the labels that make an issue a RAID item (PSDM-RAID-001).
 */
public final class RaidEvidence {
    private RaidEvidence() {
    }

    /** PSDM-RAID-002: fresh items satisfied it; a stale one counts, with how far over its limit it is. */
    public static void staleness(Findings findings, Object drools, RaidItem item) {
        findings.lookedAt(drools, "open RAID items (issues carrying a label of `labels.raid`)");
        String name = name(item);
        String limit = "limit " + item.limitDays() + " days, `" + (item.highPriority()
                ? "thresholds.raidHighPriorityStaleDays`, high priority: a label of `labels.highPriority` or GitLab's health status"
                : "thresholds.raidStaleDays`");
        Subject subject = item.subject(); // one per item: a subject copies the issue's title, link and assignees
        if (item.isUpdatedAfterAsOf()) {
            findings.notCounted(drools, subject, subject, name + " was updated after the as-of date");
        } else if (item.isStale()) {
            findings.counted(drools, subject, subject, name + " last updated " + item.daysSinceUpdate()
                    + " days before the as-of date: " + (item.daysSinceUpdate() - item.limitDays()) + " days over (" + limit + ")");
        } else {
            findings.satisfied(drools, subject, subject, name + " updated " + item.daysSinceUpdate()
                    + " days before the as-of date (" + limit + ")");
        }
    }

    /** PSDM-RAID-003: each open item's owner, or that it has none. */
    public static void owner(Findings findings, Object drools, RaidItem item) {
        findings.lookedAt(drools, "open RAID items (issues carrying a label of `labels.raid`)");
        Subject subject = item.subject();
        if (item.isUnassigned()) {
            findings.counted(drools, subject, subject, name(item) + " has no assignee");
        } else {
            int n = item.issue().assignees().size(); // how many, not who: the evidence may reach the customer
            findings.satisfied(drools, subject, subject, name(item) + " has " + n
                    + (n == 1 ? " assignee" : " assignees"));
        }
    }

    /** PSDM-RAID-001: the RAID labels sought and how many issues carry one. */
    public static void labels(Findings findings, Object drools, Subject project, Conventions conventions, int items) {
        findings.lookedAt(drools, "issues carrying a RAID label (`labels.raid`: " + String.join(", ", conventions.raidLabels()) + ")");
        if (items == 0) {
            findings.notCounted(drools, project, null, "no issue carries one of the labels " + String.join(", ", conventions.raidLabels()));
        } else {
            findings.satisfied(drools, project, null, items + (items == 1 ? " issue carries" : " issues carry")
                    + " a RAID label");
        }
    }

    private static String name(RaidItem item) {
        return (item.highPriority() ? "High-priority RAID item #" : "RAID item #") + item.issue().iid() + " '"
                + item.issue().title() + "'";
    }
}
