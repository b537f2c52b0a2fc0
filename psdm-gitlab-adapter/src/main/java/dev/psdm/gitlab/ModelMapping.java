package dev.psdm.gitlab;

import dev.psdm.model.Group;
import dev.psdm.model.Project;
import org.gitlab4j.api.models.Namespace;

import java.time.Instant;
import java.util.Date;

/** gitlab4j's project object → psdm's project and group (list records: {@link GitLabRecords}). */
final class ModelMapping {
    private ModelMapping() {
    }

    static Project project(org.gitlab4j.api.models.Project p) {
        return new Project(p.getId(), p.getName(), p.getPathWithNamespace(), p.getDescription(), p.getWebUrl(),
                instant(p.getCreatedAt()), Boolean.TRUE.equals(p.getArchived()));
    }

    /**
     * The group comes from the project's {@code namespace}: a project access token often cannot
     * {@code GET /groups/:id} of a private group, yet the project answer names it in full.
     */
    static Group group(Namespace ns) {
        return new Group(ns.getId(), ns.getName(), ns.getFullPath(), ns.getWebUrl());
    }

    static boolean isGroup(Namespace ns) {
        return ns != null && ns.getId() != null && "group".equalsIgnoreCase(ns.getKind());
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
