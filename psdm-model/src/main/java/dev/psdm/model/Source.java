package dev.psdm.model;

import org.jspecify.annotations.Nullable;

/**
 * Where a snapshot was read from.
 *
 * @param gitlabUrl   base URL of the GitLab instance, e.g. {@code https://gitlab.com}
 * @param projectPath full path of the collaboration project, e.g. {@code ps/acme/acme-collaboration}
 * @param projectId   numeric project id
 * @param groupPath   full path of the project's group, or null for a personal project
 */
public record Source(@Nullable String gitlabUrl, @Nullable String projectPath, @Nullable Long projectId,
                     @Nullable String groupPath) {
}
