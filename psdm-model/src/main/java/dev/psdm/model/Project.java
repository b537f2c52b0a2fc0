package dev.psdm.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;

/** The collaboration project itself. */
public record Project(@JsonProperty(required = true) long id, String name, String pathWithNamespace, String description,
                      String webUrl, Instant createdAt, boolean archived) {
}
