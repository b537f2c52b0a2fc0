package dev.psdm.gitlab.publish;

import java.util.Objects;

/**
 * One write psdm would send: what a dry run prints and what {@link Writes} sends with {@code --apply}.
 *
 * @param method  {@code POST}, {@code PUT} or {@code PATCH}; psdm never deletes
 * @param path    under {@code /api/v4}, segments URL-encoded, e.g. {@code projects/5/issues}
 * @param json    the body
 * @param summary one line for people: what the body does, without its full text
 */
public record WriteRequest(String method, String path, String json, String summary) {
    public WriteRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(summary, "summary");
        if (!method.equals("POST") && !method.equals("PUT") && !method.equals("PATCH")) {
            throw new IllegalArgumentException("psdm writes with POST, PUT or PATCH only, not " + method);
        }
    }

    /** {@code PUT /projects/5/issues/3: description rewritten, label PSDM::failing}: one dry-run line. */
    public String describe() {
        return method + " /" + path + ": " + summary.replaceAll("\\s+", " ").strip();
    }
}
