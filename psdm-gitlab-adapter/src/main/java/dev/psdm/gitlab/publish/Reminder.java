package dev.psdm.gitlab.publish;

import java.util.Objects;

/**
 * One finding to remind the offending issue of (issue 30 item 2).
 *
 * @param issueIid the offending issue
 * @param ruleId   the rule that found it; a reminder of it is not repeated within the cadence
 * @param text     the note, without its marker: who is mentioned, what to do, the quick action to paste
 */
public record Reminder(long issueIid, String ruleId, String text) {
    public Reminder {
        if (issueIid < 1) {
            throw new IllegalArgumentException("an issue iid is positive, was " + issueIid);
        }
        if (!Objects.requireNonNull(ruleId, "ruleId").matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("not a rule id: " + ruleId);
        }
        Objects.requireNonNull(text, "text");
    }

    /** The hidden line that finds this rule's earlier reminders among the issue's notes. */
    public String marker() {
        return "<!-- psdm-check:reminder rule=" + ruleId + " -->";
    }
}
