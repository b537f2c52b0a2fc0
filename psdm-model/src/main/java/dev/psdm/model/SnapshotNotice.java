package dev.psdm.model;

import org.jspecify.annotations.Nullable;

/**
 * Something the fetch noticed but could work around: a record GitLab sent that could not be used
 * (skipped), a choice it made for the reader (which iteration cadence is the plan), or a page
 * GitLab sent twice. Unlike a {@link DataGap} the resource was read; a notice says what in it was
 * left out or decided, so a report can show it and a rule can take it into account.
 *
 * @param resource the resource it concerns ({@link DataGap#ITERATIONS}, ...)
 * @param subject  the record it names, e.g. {@code "iteration 53"}, or null when it concerns the whole resource
 * @param message  for people: what happened and why
 */
public record SnapshotNotice(String resource, @Nullable String subject, String message) {
    /** How the message of a record left out because it could not be used begins. */
    public static final String SKIPPED = "skipped: ";

    public SnapshotNotice {
        Lists.required(resource, "resource");
        Lists.required(message, "message");
    }

    /** A record GitLab sent that could not be used and was left out: the resource is incomplete. */
    public boolean isSkippedRecord() {
        return message.startsWith(SKIPPED);
    }
}
