package dev.psdm.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.jspecify.annotations.Nullable;

import java.util.Objects;

/**
 * What reading the data left out or decided, as the snapshot noted it (issue 22 items 1 and 2): a record
 * GitLab sent that could not be used ({@code "skipped: ..."}), the iteration cadence taken as the plan and
 * the ones left out, a GraphQL answer refused, a page GitLab sent twice. The data was read, so the run stays
 * complete; the notice says what a reader of the report would otherwise not know is missing.
 *
 * @param resource the resource it concerns ({@code issues}, {@code iterations}, ...)
 * @param subject  the record it names, in the snapshot's words ({@code "iteration 53"}), or null for the whole
 *                 resource; {@code "record"} in the JSON, since it is text, not a {@link Subject}
 * @param message  one line for people, as the snapshot has it (GitLab's text already redacted and quoted)
 */
@JsonPropertyOrder({"resource", "record", "message"})
public record DataNotice(String resource, @JsonProperty("record") @Nullable String subject, String message) {
    public DataNotice {
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(message, "message");
    }

    /** "iterations: iteration 53: skipped: ..." or "iterations: the plan is ...": one line, unescaped. */
    public String describe() {
        return resource + ": " + (subject == null ? "" : subject + ": ") + message;
    }
}
