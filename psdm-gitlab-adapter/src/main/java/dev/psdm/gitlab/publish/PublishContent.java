package dev.psdm.gitlab.publish;

import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What the compliance issue shows, decided by the caller from the report (the adapter knows no report).
 *
 * @param title        the title of a new compliance issue; an existing one keeps whatever title it has
 * @param markdown     the description: the Markdown report
 * @param posture      which posture label the issue carries
 * @param fingerprint  a digest of the outcome (results and findings, not the as-of): equal fingerprints mean
 *                     nothing to write
 * @param failingRules the ids of failing rules, which a note names when they change
 * @param assignee     username to assign a new compliance issue to; null for nobody
 * @param confidential whether a new compliance issue is confidential
 */
public record PublishContent(String title, String markdown, Posture posture, String fingerprint,
                             SortedSet<String> failingRules, String assignee, boolean confidential) {
    public PublishContent {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(markdown, "markdown");
        Objects.requireNonNull(posture, "posture");
        if (!Objects.requireNonNull(fingerprint, "fingerprint").matches("[0-9a-f]{8,64}")) {
            throw new IllegalArgumentException("a fingerprint is 8 to 64 lowercase hex digits");
        }
        failingRules = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(failingRules));
        for (String rule : failingRules) {
            if (!rule.matches("[A-Za-z0-9._-]+")) {
                throw new IllegalArgumentException("not a rule id: " + rule);
            }
        }
    }
}
