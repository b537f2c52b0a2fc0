package dev.psdm.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.psdm.report.SizeClass;

/** The project's size class and the reason for it ("11 iterations, 23 weeks"). */
@JsonPropertyOrder({"class", "reason"})
public record SizeInfo(@JsonProperty("class") SizeClass sizeClass, String reason) {
}
