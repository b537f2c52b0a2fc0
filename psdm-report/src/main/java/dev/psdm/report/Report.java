package dev.psdm.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A compliance report: one {@link RuleResult} per rule, sorted by rule id. Serialized as the
 * {@code psdm-report/1} JSON format by {@link dev.psdm.report.format.JsonReportWriter}.
 *
 * @param notices what the team should act on besides failures (expired or unused waivers, fixed
 *                baselined findings), sorted; left out of the JSON when empty
 */
@JsonPropertyOrder({"schema", "project", "asOf", "size", "summary", "results", "notices"})
public record Report(String schema, ProjectRef project, Instant asOf, SizeInfo size, Summary summary,
                     List<RuleResult> results,
                     @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Notice> notices) {

    public static final String SCHEMA = "psdm-report/1";

    public Report {
        results = List.copyOf(results);
        notices = notices == null ? List.of() : notices.stream().sorted(Notice.ORDER).toList();
    }

    public Report(String schema, ProjectRef project, Instant asOf, SizeInfo size, Summary summary,
                  List<RuleResult> results) {
        this(schema, project, asOf, size, summary, results, List.of());
    }

    public Report(ProjectRef project, Instant asOf, SizeInfo size, List<RuleResult> results) {
        this(SCHEMA, project, asOf, size, Summary.of(results), results, List.of());
    }

    /** The result of a rule, if the rule ran. */
    public Optional<RuleResult> result(String ruleId) {
        return results.stream().filter(r -> r.ruleId().equals(ruleId)).findFirst();
    }

    /**
     * True when a rule fails the build at this threshold: it failed with a finding at or above the
     * threshold that is neither waived nor baselined (see {@link RuleResult#failsAtOrAbove}).
     */
    public boolean hasFailureAtOrAbove(Severity threshold) {
        return results.stream().anyMatch(r -> r.failsAtOrAbove(threshold));
    }

    @JsonIgnore
    public List<RuleResult> failures() {
        return results.stream().filter(RuleResult::failed).toList();
    }

    /** True when the check ran against a baseline: every finding then has a {@link BaselineState}. */
    @JsonIgnore
    public boolean usesBaseline() {
        return notices.stream().anyMatch(n -> n.kind() == Notice.Kind.BASELINE_FIXED)
                || results.stream().flatMap(r -> r.findings().stream()).anyMatch(f -> f.baseline() != null);
    }

    /** A copy with other results (the summary follows them) and these notices added. */
    public Report withResults(List<RuleResult> newResults, List<Notice> addedNotices) {
        List<Notice> all = new ArrayList<>(notices);
        all.addAll(addedNotices);
        return new Report(schema, project, asOf, size, Summary.of(newResults), newResults, all);
    }
}
