package dev.psdm.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The collaboration project itself. */
public record Project(@JsonProperty(required = true) long id, @Nullable String name, @Nullable String pathWithNamespace,
                      @Nullable String description, @Nullable String webUrl, @Nullable Instant createdAt, boolean archived) {
}
