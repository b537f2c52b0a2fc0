package dev.psdm.rules.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.Comparator;

/** One offending subject of a failing rule, with a message a project manager understands. */
@JsonPropertyOrder({"severity", "message", "subject"})
public record Finding(Severity severity, String message, Subject subject) {
    /** Deterministic order within a result: by subject, then message. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::subject, Subject.ORDER)
            .thenComparing(Finding::message);
}
