package dev.psdm.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Which project a report is about. */
@JsonPropertyOrder({"id", "path", "name", "webUrl"})
public record ProjectRef(long id, String path, String name, String webUrl) {
}
