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
@JsonPropertyOrder({"schema", "project", "asOf", "gate", "size", "summary", "results", "notices"})
public record Report(String schema, ProjectRef project, Instant asOf, SizeInfo size, Summary summary,
                     List<RuleResult> results,
                     @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Notice> notices, Gate gate) {

    public static final String SCHEMA = "psdm-report/1";

    /**
     * The as-of instant is kept in whole seconds (a live run's "now" has nanoseconds no reader needs); the
     * gate is recomputed from the results at the given gate's threshold (error when none is given), so it
     * can never disagree with them.
     */
    public Report {
        results = List.copyOf(results);
        notices = notices == null ? List.of() : notices.stream().sorted(Notice.ORDER).toList();
        asOf = asOf == null ? null : asOf.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        gate = Gate.of(gate == null ? FailOn.ERROR : gate.failOn(), results,
                gate != null && gate.verdict() == Gate.Verdict.INCOMPLETE);
    }

    public Report(String schema, ProjectRef project, Instant asOf, SizeInfo size, Summary summary,
                  List<RuleResult> results, List<Notice> notices) {
        this(schema, project, asOf, size, summary, results, notices, null);
    }

    public Report(String schema, ProjectRef project, Instant asOf, SizeInfo size, Summary summary,
                  List<RuleResult> results) {
        this(schema, project, asOf, size, summary, results, List.of());
    }

    public Report(ProjectRef project, Instant asOf, SizeInfo size, List<RuleResult> results) {
        this(SCHEMA, project, asOf, size, Summary.of(results), results, List.of());
    }

    /** A copy judged at this threshold ({@code --fail-on}). */
    public Report gatedAt(FailOn failOn) {
        return new Report(schema, project, asOf, size, summary, results, notices,
                new Gate(gate.verdict(), failOn, gate.exitCode(), gate.failing()));
    }

    /** A copy whose verdict is INCOMPLETE: some data could not be read (exit 2 unless allowed). */
    public Report markedIncomplete() {
        return new Report(schema, project, asOf, size, summary, results, notices,
                new Gate(Gate.Verdict.INCOMPLETE, gate.failOn(), 2, gate.failing()));
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
        return new Report(schema, project, asOf, size, Summary.of(newResults), newResults, all, gate);
    }
}
