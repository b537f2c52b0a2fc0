package dev.psdm.report.baseline;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.psdm.report.BaselineState;
import dev.psdm.report.Finding;
import dev.psdm.report.Fingerprint;
import dev.psdm.report.Notice;
import dev.psdm.report.Report;
import dev.psdm.report.RuleResult;
import dev.psdm.report.Status;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The known deviations of a project at one point in time (the idea of ArchUnit's FreezingArchRule):
 * {@code psdm baseline} records them, and {@code psdm check --baseline} then fails only on findings
 * that are not in it and reports the ones that are gone. Findings are identified by rule id and
 * subject key, never by message, so a RAID item that grows one day staler stays the same finding.
 *
 * <p>File format ({@code psdm-baseline/1}), written by {@link BaselineFile}: entries sorted by rule id
 * then subject key, so the file diffs cleanly in a merge request.
 *
 * @param schema   always {@value #SCHEMA}
 * @param project  the project's path, for people reading the file
 * @param projectId the project's id, which the baseline is bound to (issue 25 item 7): applying it to another
 *                 project's report is refused; null in baselines written before, which apply as they are
 * @param asOf     the as-of instant of the check that recorded it
 * @param findings the recorded findings, sorted
 */
@JsonPropertyOrder({"schema", "project", "projectId", "asOf", "findings"})
public record Baseline(String schema, @Nullable String project, @Nullable Long projectId, @Nullable Instant asOf,
                       List<Entry> findings) {

    public static final String SCHEMA = "psdm-baseline/1";

    public Baseline {
        if (!SCHEMA.equals(schema)) {
            throw new BaselineFormatException(schema == null ? "not a baseline: \"schema\": \"" + SCHEMA + "\" is missing"
                    : "unsupported baseline schema \"" + schema + "\" (this version reads " + SCHEMA + ")");
        }
        findings = findings == null ? List.of()
                : findings.stream().sorted(Entry.ORDER).distinct().toList();
    }

    /** A baseline bound to no project id (as written before issue 25 item 7). */
    public Baseline(String schema, @Nullable String project, @Nullable Instant asOf, List<Entry> findings) {
        this(schema, project, null, asOf, findings);
    }

    /**
     * Refuses to compare another project with this baseline: another project's baseline would pass its findings
     * as known (it hid 14 findings once). A baseline without a project id (older) is not refused.
     *
     * @throws BaselineProjectException when the baseline records another project's id
     */
    public void requireProject(long id, @Nullable String path) {
        if (projectId != null && projectId != id) {
            throw new BaselineProjectException("the baseline was recorded for project " + projectId
                    + (project == null ? "" : " (" + project + ")") + ", not for project " + id
                    + (path == null ? "" : " (" + path + ")") + "; record one for this project with psdm baseline");
        }
    }

    /**
     * One recorded finding.
     *
     * @param ruleId      the rule
     * @param subject     the subject key ({@code issue#42}, {@code iteration:10104})
     * @param title       the subject's title, for people reading the file
     * @param fingerprint {@link Fingerprint#of(String, String)} of rule and subject: the same value the Code
     *                    Quality and SARIF reports carry; informational (matching uses rule and subject)
     */
    @JsonPropertyOrder({"ruleId", "subject", "title", "fingerprint"})
    public record Entry(String ruleId, String subject, @Nullable String title, @Nullable String fingerprint) {
        static final Comparator<Entry> ORDER = Comparator.comparing(Entry::ruleId).thenComparing(Entry::subject);

        public Entry {
            if (ruleId == null || subject == null) {
                throw new IllegalArgumentException("a recorded finding needs a ruleId and a subject");
            }
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Entry e && e.ruleId.equals(ruleId) && e.subject.equals(subject);
        }

        @Override
        public int hashCode() {
            return Objects.hash(ruleId, subject);
        }
    }

    /** Records the report's failing findings (waived findings are accepted already and not recorded). */
    public static Baseline of(Report report) {
        List<Entry> entries = new ArrayList<>();
        for (RuleResult r : report.results()) {
            if (!r.failed()) {
                continue;
            }
            for (Finding f : r.findings()) {
                if (!f.isWaived()) {
                    entries.add(new Entry(r.ruleId(), f.subject().key(), f.subject().title(), f.fingerprint(r.ruleId())));
                }
            }
        }
        return new Baseline(SCHEMA, report.project().path(), report.project().id(), report.asOf(), entries);
    }

    /**
     * The report compared with this baseline: every finding gets {@link BaselineState#NEW} or
     * {@link BaselineState#UNCHANGED}, and every recorded finding of a rule that was evaluated
     * (PASS, FAIL or WAIVED) and no longer reports it becomes a {@link Notice.Kind#BASELINE_FIXED}
     * notice. Recorded findings of rules that were not evaluated this time are neither: nothing is
     * known about them.
     *
     * @throws BaselineProjectException when the baseline was recorded for another project ({@link #requireProject})
     */
    public Report applyTo(Report report) {
        requireProject(report.project().id(), report.project().path());
        Map<String, Map<String, Entry>> recorded = new HashMap<>();
        for (Entry e : findings) {
            recorded.computeIfAbsent(e.ruleId(), k -> new HashMap<>()).put(e.subject(), e);
        }
        List<RuleResult> results = new ArrayList<>(report.results().size());
        List<Notice> notices = new ArrayList<>();
        for (RuleResult r : report.results()) {
            Map<String, Entry> known = recorded.getOrDefault(r.ruleId(), Map.of());
            Set<String> seen = new HashSet<>();
            List<Finding> compared = new ArrayList<>(r.findings().size());
            for (Finding f : r.findings()) {
                String key = f.subject().key();
                seen.add(key);
                compared.add(f.withBaseline(known.containsKey(key) ? BaselineState.UNCHANGED : BaselineState.NEW));
            }
            results.add(r.with(r.status(), r.severity(), compared));
            if (r.status() == Status.PASS || r.status() == Status.FAIL || r.status() == Status.WAIVED) {
                for (Entry e : known.values()) {
                    if (!seen.contains(e.subject())) {
                        notices.add(Notice.about(Notice.Kind.BASELINE_FIXED, r.ruleId(), e.subject(), e.title(),
                                r.ruleId() + " no longer fails on " + describe(e)
                                        + ": fixed since the baseline; record a new baseline to keep it fixed."));
                    }
                }
            }
        }
        return report.withResults(results, notices);
    }

    private static String describe(Entry e) {
        return e.title() == null ? e.subject() : "'" + e.title() + "' (" + e.subject() + ")";
    }
}
