package dev.psdm.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.jspecify.annotations.Nullable;

/** Which project a report is about. */
@JsonPropertyOrder({"id", "path", "name", "webUrl"})
public record ProjectRef(long id, @Nullable String path, @Nullable String name, @Nullable String webUrl) {
}
