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
    private static final Pattern LINE = Pattern.compile(
            "<!-- " + Pattern.quote(KEY) + " fingerprint=([0-9a-f]{8,64}) failing=([A-Za-z0-9._,-]*) -->");

    public String line() {
        return "<!-- " + KEY + " fingerprint=" + fingerprint + " failing=" + String.join(",", failingRules) + " -->";
    }

    /** The marker in a description; empty when there is none (the issue is not psdm's). */
    public static Optional<ComplianceMarker> in(String description) {
        if (description == null) {
            return Optional.empty();
        }
        Matcher m = LINE.matcher(description);
        if (!m.find()) {
            return Optional.empty();
        }
        SortedSet<String> failing = new TreeSet<>();
        Arrays.stream(m.group(2).split(",")).filter(s -> !s.isEmpty()).forEach(failing::add);
        return Optional.of(new ComplianceMarker(m.group(1), failing));
    }
}
