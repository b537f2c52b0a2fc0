package dev.psdm.gitlab;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;
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

    /**
     * {@code GET /version} once, so each request uses the parameters the instance knows. An instance
     * that does not answer it (a 403/404, an answer without a version) is read with today's
     * parameters, with a notice; 5xx past the retries and unreachable GitLab fail the fetch.
     *
     * <p>Without a token a 401 is no error: doc/api/version.md ("Responds {@code 200 OK} for
     * authenticated users") keeps the version from anonymous callers, who may still read public
     * projects. The version is then unknown, as behind a proxy that blocks it. With a token, a 401
     * means the token was rejected and fails the fetch.
     */
    static InstanceVersion read(PageReader reader, FetchNotices notices, boolean authenticated) {
        ApiRequest request = new ApiRequest("version", List.of("version"), Map.of());
        String why;
        try {
            JsonNode answer = reader.readObject(request, JsonNode.class);
            InstanceVersion version = parse(answer.path("version").asText(null));
            if (version != null) {
                return version;
            }
            why = "it answered " + Failure.oneLine(answer.toString());
        } catch (GitLabAccessException e) {
            if (authenticated || e.status() != 401) {
                throw e;
            }
            why = "GitLab tells its version to authenticated callers only (doc/api/version.md), and no token was"
                    + " given";
        } catch (GitLabFetchException e) {
            if (e.status() == 0 || e.status() >= 500) {
                throw e;
            }
            why = e.getMessage();
        }
        notices.add("version", null, "the GitLab version is unknown (" + why + "): read as GitLab 16.7 or later,"
                + " without keyset pagination or the Work Items API");
        return null;
    }

    boolean atLeast(int wantedMajor, int wantedMinor) {
        return major > wantedMajor || (major == wantedMajor && minor >= wantedMinor);
    }
}
