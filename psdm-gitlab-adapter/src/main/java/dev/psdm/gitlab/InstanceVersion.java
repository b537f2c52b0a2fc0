package dev.psdm.gitlab;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The GitLab instance's version, from {@code GET /version} (doc/api/version.md:
 * {@code {"version": "8.13.0-pre", "revision": "4e963fe"}}), read once per fetch so that each
 * request uses the parameters that version knows.
 */
record InstanceVersion(String text, int major, int minor) {
    private static final Pattern MAJOR_MINOR = Pattern.compile("^v?(\\d+)\\.(\\d+)");

    /** The version, or null when the text does not start with {@code major.minor}. */
    static InstanceVersion parse(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = MAJOR_MINOR.matcher(text.strip());
        if (!m.find()) {
            return null;
        }
        try {
            return new InstanceVersion(text.strip(), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    boolean atLeast(int wantedMajor, int wantedMinor) {
        return major > wantedMajor || (major == wantedMajor && minor >= wantedMinor);
    }
}
