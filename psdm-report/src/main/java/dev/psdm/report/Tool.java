package dev.psdm.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What wrote a report ({@code "tool"} in the JSON): a pipeline that keeps reports over time can tell
 * which version judged each one. {@code psdm check} always sets it; an embedding application sets it
 * with {@link Report#withTool(Tool)}.
 *
 * @param name    {@code psdm-check}, or the embedding application's name
 * @param version its version, or null when unknown
 */
@JsonPropertyOrder({"name", "version"})
public record Tool(String name, @Nullable String version) {
    public Tool {
        Objects.requireNonNull(name, "name");
    }
}
