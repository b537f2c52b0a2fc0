package dev.psdm.gitlab;

import org.jspecify.annotations.Nullable;

/**
 * GitLab refused access to the whole check: the token was rejected (401), or the project does not
 * exist or is not visible to the token (404/403 on the project itself). Unlike a 403/404 on a
 * sub-resource (epics, wiki, ...), which only becomes a data gap, this stops the fetch.
 */
public class GitLabAccessException extends GitLabFetchException {
    public GitLabAccessException(String message, int status, @Nullable String url, @Nullable Throwable cause) {
        super(message, status, url, cause);
    }
}
