package dev.psdm.gitlab;

/**
 * GitLab answered 2xx with a body that is not the JSON it documents for the resource (an HTML
 * login page from a proxy, a truncated or changed answer). For the project that fails the fetch;
 * for any other resource it becomes a data gap quoting the answer.
 */
final class UnreadableAnswer extends GitLabFetchException {
    UnreadableAnswer(String message, String url) {
        super(message, 200, url, null);
    }
}
