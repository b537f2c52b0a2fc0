package dev.psdm.gitlab;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A 2xx answer: its body, read in full inside the retry loop, and its headers (names case-insensitive). */
record RawResponse(String body, Map<String, List<String>> headers) {

    RawResponse {
        Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        headers = copy;
    }

    /** The first value of a header; null when absent, "" when present but empty (GitLab's last-page {@code X-Next-Page}). */
    String header(String name) {
        List<String> values = headers.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        return values.get(0) == null ? "" : values.get(0).strip();
    }
}
