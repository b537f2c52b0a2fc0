package dev.psdm.model;

import java.time.Instant;

/** The collaboration project itself. */
public record Project(long id, String name, String pathWithNamespace, String description,
                      String webUrl, Instant createdAt, boolean archived) {
}
