package dev.psdm.gitlab;

/**
 * An error while reading a resource that says nothing about the project: an answer that could not be
 * decoded, a list that broke off half-way (a 404 on page 2), a GraphQL answer with errors. It becomes a
 * {@link dev.psdm.model.DataGap#readFailed read-failure gap}, which makes the run incomplete; a 403/404
 * on a resource's first page is instead absent by design (tier, permission, feature off).
 */
class ReadFailure extends GitLabFetchException {
    ReadFailure(String message, int status, String url) {
        super(message, status, url, null);
    }
}
