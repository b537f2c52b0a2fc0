package dev.psdm.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.jspecify.annotations.Nullable;

/**
 * Where a snapshot was read from.
 *
 * @param gitlabUrl   base URL of the GitLab instance, e.g. {@code https://gitlab.com}
 * @param projectPath full path of the collaboration project, e.g. {@code ps/acme/acme-collaboration}
 * @param projectId   numeric project id
 * @param groupPath   full path of the project's group, or null for a personal project
 * @param gitlabVersion the instance's version as {@code GET /version} gave it (e.g. {@code 17.5.1-ee}),
 *                    or null when it did not answer
 */
public record Source(@Nullable String gitlabUrl, @Nullable String projectPath, @Nullable Long projectId,
                     @Nullable String groupPath, @Nullable String gitlabVersion) {
    @JsonCreator
    public Source {
    }

    /** The form before the instance version was recorded. */
    public Source(String gitlabUrl, String projectPath, Long projectId, String groupPath) {
        this(gitlabUrl, projectPath, projectId, groupPath, null);
    }
}
