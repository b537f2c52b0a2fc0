package dev.psdm.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.Objects;

/**
 * Data the check failed to read (an undecodable answer, a 404 half-way through a list, a deadline), as
 * opposed to data absent by design (tier, permission, feature off). Any of them makes the report
 * {@linkplain Report#incomplete() incomplete}: the rules that needed the data say nothing about the project.
 *
 * @param resource what could not be read ({@code issues}, {@code iterations}, ...)
 * @param reason   one line for people
 */
@JsonPropertyOrder({"resource", "reason"})
public record ReadFailure(String resource, String reason) {
    public ReadFailure {
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(reason, "reason");
    }
}
