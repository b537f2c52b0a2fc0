package dev.psdm.gitlab;

/**
 * GitLab answered 2xx with a body that is not the JSON it documents for the resource (an HTML
 * login page from a proxy, a truncated or changed answer). For the project that fails the fetch;
 * for any other resource it becomes a read-failure gap quoting the start of the answer.
 */
final class UnreadableAnswer extends ReadFailure {
    UnreadableAnswer(String message, String url) {
        super(message, 200, url);
    }
}
