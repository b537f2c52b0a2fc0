package dev.psdm.rules.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A compliance report: one {@link RuleResult} per rule, sorted by rule id. Serialized as the
 * {@code psdm-report/1} JSON format by {@link dev.psdm.rules.report.format.JsonReportWriter}.
 */
@JsonPropertyOrder({"schema", "project", "asOf", "size", "summary", "results"})
public record Report(String schema, ProjectRef project, Instant asOf, SizeInfo size, Summary summary,
                     List<RuleResult> results) {

    public static final String SCHEMA = "psdm-report/1";

    public Report {
        results = List.copyOf(results);
    }

    public Report(ProjectRef project, Instant asOf, SizeInfo size, List<RuleResult> results) {
        this(SCHEMA, project, asOf, size, Summary.of(results), results);
    }

    /** The result of a rule, if the rule ran. */
    public Optional<RuleResult> result(String ruleId) {
        return results.stream().filter(r -> r.ruleId().equals(ruleId)).findFirst();
    }

    /** True when a rule failed with a severity at or above the threshold. */
    public boolean hasFailureAtOrAbove(Severity threshold) {
        return results.stream().anyMatch(r -> r.failed() && r.severity().isAtLeast(threshold));
    }

    @JsonIgnore
    public List<RuleResult> failures() {
        return results.stream().filter(RuleResult::failed).toList();
    }
}
