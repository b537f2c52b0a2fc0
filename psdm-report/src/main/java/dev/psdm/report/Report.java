package dev.psdm.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A compliance report: one {@link RuleResult} per rule, sorted by rule id. Serialized as the
 * {@code psdm-report/1} JSON format by {@link dev.psdm.report.format.JsonReportWriter}.
 *
 * @param notices      what the team should act on besides failures (expired or unused waivers, fixed
 *                     baselined findings), sorted; left out of the JSON when empty
 * @param readFailures data the check failed to read, by resource; any makes the report
 *                     {@linkplain #incomplete() incomplete}; left out of the JSON when empty
 * @param dataNotices  what reading the data left out or decided ({@link DataNotice}), in the snapshot's
 *                     order; left out of the JSON when empty
 * @param tool         what wrote the report (name, version), or null when the writer did not say
 * @param fetchedAt    when the data was read (the snapshot's {@code fetchedAt}), or null for a report built by hand
 * @param audience     who the report is for ({@code --audience}); internal unless said
 * @param conventions  what shaped the result besides the data ({@link ConventionsUsed}), or null when unknown
 * @param ceremonies   the ceremony heat map ({@link CeremonyMap}), or null when the check did not derive it;
 *                     left out of the JSON when null
 * @param asOfOutsideData why the as-of lies outside what the data can show (after it was read, before the project
 *                     existed: {@code DataPeriod} of psdm-engine), a what-if run; null (left out of the JSON) otherwise
 */
@JsonPropertyOrder({"schema", "tool", "verdict", "project", "asOf", "fetchedAt", "asOfOutsideData", "audience", "conventions", "gate", "size",
        "summary", "results", "notices", "readFailures", "dataNotices", "ceremonies"})
public record Report(String schema, ProjectRef project, Instant asOf, SizeInfo size, Summary summary,
                     List<RuleResult> results,
                     @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Notice> notices,
                     @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ReadFailure> readFailures, Gate gate,
                     @JsonInclude(JsonInclude.Include.NON_EMPTY) List<DataNotice> dataNotices,
                     @Nullable Tool tool, @Nullable Instant fetchedAt, Audience audience,
                     @Nullable ConventionsUsed conventions,
                     @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable CeremonyMap ceremonies,
                     @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String asOfOutsideData) {

    public static final String SCHEMA = "psdm-report/1";
    /** The verdict of a report with {@linkplain #readFailures() read failures}, whatever its rules say. */
    public static final String INCOMPLETE = "incomplete";

    /**
     * The as-of and fetched-at instants are kept in whole seconds (a live run's "now" has nanoseconds no
     * reader needs); the gate is recomputed from the results at the given gate's threshold (error when none
     * is given), so it can never disagree with them; the audience is internal unless said otherwise.
     */
    public Report {
        results = List.copyOf(results);
        notices = notices == null ? List.of() : notices.stream().sorted(Notice.ORDER).toList();
        readFailures = readFailures == null ? List.of()
                : readFailures.stream().sorted(Comparator.comparing(ReadFailure::resource)
                        .thenComparing(ReadFailure::reason)).toList();
        asOf = asOf == null ? null : asOf.truncatedTo(ChronoUnit.SECONDS);
        fetchedAt = fetchedAt == null ? null : fetchedAt.truncatedTo(ChronoUnit.SECONDS);
        gate = Gate.of(gate == null ? FailOn.ERROR : gate.failOn(), results, !readFailures.isEmpty());
        // the snapshot's order is kept: it is deterministic (by resource, then as read) and tells a story
        dataNotices = dataNotices == null ? List.of() : List.copyOf(dataNotices);
        audience = audience == null ? Audience.INTERNAL : audience;
    }

    /** A report of an as-of within the data (the components before issue 25 item 7). */
    public Report(String schema, ProjectRef project, Instant asOf, SizeInfo size, Summary summary,
                  List<RuleResult> results, List<Notice> notices, List<ReadFailure> readFailures, Gate gate,
                  List<DataNotice> dataNotices, @Nullable Tool tool, @Nullable Instant fetchedAt, Audience audience,
                  @Nullable ConventionsUsed conventions, @Nullable CeremonyMap ceremonies) {
        this(schema, project, asOf, size, summary, results, notices, readFailures, gate, dataNotices, tool, fetchedAt,
                audience, conventions, ceremonies, null);
    }

    public Report(String schema, ProjectRef project, Instant asOf, SizeInfo size, Summary summary,
                  List<RuleResult> results, List<Notice> notices, List<ReadFailure> readFailures, Gate gate,
                  List<DataNotice> dataNotices) {
        this(schema, project, asOf, size, summary, results, notices, readFailures, gate, dataNotices, (CeremonyMap) null);
    }

    public Report(String schema, ProjectRef project, Instant asOf, SizeInfo size, Summary summary,
                  List<RuleResult> results, List<Notice> notices, List<ReadFailure> readFailures, Gate gate,
                  List<DataNotice> dataNotices, @Nullable CeremonyMap ceremonies) {
        this(schema, project, asOf, size, summary, results, notices, readFailures, gate, dataNotices, null, null,
                Audience.INTERNAL, null, ceremonies, null);
    }

    public Report(String schema, ProjectRef project, Instant asOf, SizeInfo size, Summary summary,
                  List<RuleResult> results, List<Notice> notices, List<ReadFailure> readFailures, Gate gate) {
        this(schema, project, asOf, size, summary, results, notices, readFailures, gate, List.of());
    }

    public Report(String schema, ProjectRef project, Instant asOf, SizeInfo size, Summary summary,
                  List<RuleResult> results, List<Notice> notices) {
        this(schema, project, asOf, size, summary, results, notices, List.of(), null);
    }

    public Report(String schema, ProjectRef project, Instant asOf, SizeInfo size, Summary summary,
                  List<RuleResult> results) {
        this(schema, project, asOf, size, summary, results, List.of());
    }

    public Report(ProjectRef project, Instant asOf, SizeInfo size, List<RuleResult> results) {
        this(SCHEMA, project, asOf, size, Summary.of(results), results, List.of());
    }

    /** A copy judged at this threshold ({@code --fail-on}); an incomplete report stays INCOMPLETE. */
    public Report gatedAt(FailOn failOn) {
        return new Report(schema, project, asOf, size, summary, results, notices, readFailures,
                new Gate(gate.verdict(), failOn, gate.exitCode(), gate.failing()), dataNotices, tool, fetchedAt,
                audience, conventions, ceremonies, asOfOutsideData);
    }

    /**
     * True when data failed to read (issue 22 item 2): the report says what it could, but a CI gate must
     * not go green on it ({@code psdm check} exits 2 unless {@code --allow-incomplete}).
     */
    @JsonIgnore
    public boolean incomplete() {
        return !readFailures.isEmpty();
    }

    /**
     * {@code "incomplete"} in the JSON when data failed to read, otherwise left out (the gate's verdict
     * depends on {@code --fail-on}, which the report does not know).
     */
    @JsonProperty("verdict")
    public @Nullable String verdict() {
        return incomplete() ? INCOMPLETE : null;
    }

    /** A copy that records these read failures (the engine adds them from the snapshot's gaps). */
    public Report withReadFailures(List<ReadFailure> failures) {
        return new Report(schema, project, asOf, size, summary, results, notices, failures, gate, dataNotices, tool,
                fetchedAt, audience, conventions, ceremonies, asOfOutsideData);
    }

    /** A copy that shows what reading the data left out or decided (the engine adds the snapshot's notices). */
    public Report withDataNotices(List<DataNotice> added) {
        return new Report(schema, project, asOf, size, summary, results, notices, readFailures, gate, added, tool,
                fetchedAt, audience, conventions, ceremonies, asOfOutsideData);
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
        return new Report(schema, project, asOf, size, Summary.of(newResults), newResults, all, readFailures, gate,
                dataNotices, tool, fetchedAt, audience, conventions, ceremonies, asOfOutsideData);
    }

    /** A copy that names what wrote it ({@code psdm check} sets psdm-check and its version). */
    public Report withTool(@Nullable Tool value) {
        return with(value, fetchedAt, audience, conventions, ceremonies, asOfOutsideData);
    }

    /** A copy that says when the data it judged was read (the snapshot's {@code fetchedAt}). */
    public Report withFetchedAt(@Nullable Instant value) {
        return with(tool, value, audience, conventions, ceremonies, asOfOutsideData);
    }

    /** A copy that says what shaped it: the conventions' source, the rules they switch off or re-severity. */
    public Report withConventions(@Nullable ConventionsUsed value) {
        return with(tool, fetchedAt, audience, value, ceremonies, asOfOutsideData);
    }

    /**
     * A copy labelled for this audience, its results and notices as they are (the customer view's filtering
     * happens before: see {@code psdm check --audience}).
     */
    public Report withAudience(Audience value) {
        return with(tool, fetchedAt, value, conventions, ceremonies, asOfOutsideData);
    }

    /**
     * A copy that says its as-of lies outside what the data can show, and why (a what-if run: issue 25 item 7),
     * or null when it lies within.
     */
    public Report withAsOfOutsideData(@Nullable String value) {
        return with(tool, fetchedAt, audience, conventions, ceremonies, value);
    }

    /** A copy with these last six components: the ones the {@code with...} copies change, one each. */
    private Report with(@Nullable Tool tool, @Nullable Instant fetchedAt, Audience audience,
                        @Nullable ConventionsUsed conventions, @Nullable CeremonyMap ceremonies,
                        @Nullable String asOfOutsideData) {
        return new Report(schema, project, asOf, size, summary, results, notices, readFailures, gate, dataNotices,
                tool, fetchedAt, audience, conventions, ceremonies, asOfOutsideData);
    }

    /** A copy with this ceremony heat map (the engine adds it from the iterations and records it derived). */
    public Report withCeremonies(@Nullable CeremonyMap value) {
        return with(tool, fetchedAt, audience, conventions, value, asOfOutsideData);
    }

}
