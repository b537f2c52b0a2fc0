package dev.psdm.cli;

import dev.psdm.gitlab.GitLabAccessException;
import dev.psdm.gitlab.GitLabFetchException;

/**
 * A write command's failure as the one line the user reads ({@code psdm publish}, {@code psdm prepare}): GitLab's
 * refusal of a write, with what a 403 usually means, or the command's own reason.
 */
final class WriteFailures {
    private WriteFailures() {
    }

    /** @param e a {@link GitLabFetchException} (GitLab said no) or a command's exception with a one-line message */
    static UserError of(RuntimeException e) {
        if (e instanceof GitLabAccessException access && access.status() == 403) {
            return new UserError(e.getMessage() + " (writing needs the api scope and at least the Reporter role in"
                    + " the project)", e);
        }
        return new UserError(e.getMessage(), e);
    }
}
