package dev.psdm.gitlab.publish;

import java.util.Arrays;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hidden line that makes an issue psdm's compliance issue: an HTML comment, which GitLab does not
 * render, at the top of the description. psdm finds the issue by it, never by its title (a person's issue
 * titled "PSDM compliance" is not psdm's), and reads from it what it last published: the outcome's
 * fingerprint and the failing rules a change note compares with.
 *
 * <pre>{@code <!-- psdm-check:compliance-issue fingerprint=3f2a... failing=PSDM-RAID-002,PSDM-WGT-001 -->}</pre>
 */
public record ComplianceMarker(String fingerprint, SortedSet<String> failingRules) {
    /** The marker's key; {@link dev.psdm.gitlab.PsdmRecords} leaves issues carrying it out of every snapshot. */
    public static final String KEY = dev.psdm.gitlab.PsdmRecords.COMPLIANCE_ISSUE_KEY;
    /** The key of a portfolio summary issue (issue 30 item 1, {@code --group --summary-project}). */
    public static final String PORTFOLIO_KEY = dev.psdm.gitlab.PsdmRecords.PORTFOLIO_ISSUE_KEY;

    public String line() {
        return line(KEY);
    }

    /** The marker line under {@code key} ({@link #KEY} or {@link #PORTFOLIO_KEY}). */
    public String line(String key) {
        return "<!-- " + key + " fingerprint=" + fingerprint + " failing=" + String.join(",", failingRules) + " -->";
    }

    /** The marker in a description; empty when there is none (the issue is not psdm's). */
    public static Optional<ComplianceMarker> in(String description) {
        return in(KEY, description);
    }

    /** The marker under {@code key} in a description; a portfolio issue is never taken for a project's and back. */
    public static Optional<ComplianceMarker> in(String key, String description) {
        if (description == null) {
            return Optional.empty();
        }
        Matcher m = Pattern.compile("<!-- " + Pattern.quote(key)
                + " fingerprint=([0-9a-f]{8,64}) failing=([A-Za-z0-9._,-]*) -->").matcher(description);
        if (!m.find()) {
            return Optional.empty();
        }
        SortedSet<String> failing = new TreeSet<>();
        Arrays.stream(m.group(2).split(",")).filter(s -> !s.isEmpty()).forEach(failing::add);
        return Optional.of(new ComplianceMarker(m.group(1), failing));
    }
}
