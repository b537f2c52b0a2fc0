package dev.psdm.gitlab;

import org.jspecify.annotations.Nullable;

/**
 * A GitLab fetch that could not complete: GitLab kept failing (5xx, 429, timeouts) past the retry
 * policy, could not be reached, or answered something unusable. The message is one line, names
 * the URL (never the token) and is meant for people.
 */
public class GitLabFetchException extends RuntimeException {
    private final int status;
    private final @Nullable String url;

    public GitLabFetchException(String message, int status, @Nullable String url, @Nullable Throwable cause) {
        super(message, cause);
        this.status = status;
        this.url = url;
    }

    /** The last HTTP status GitLab answered, or 0 when no HTTP answer came (timeout, refused connection). */
    public int status() {
        return status;
    }

    /** The API URL of the failing request, without query parameters; null when no request was involved. */
    public @Nullable String url() {
        return url;
    }
}
