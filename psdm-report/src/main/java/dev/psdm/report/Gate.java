package dev.psdm.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The verdict of a run, as the exit code gives it: every format states it first, so the report and the
 * job never disagree. Derived from the results (never stored apart from them): {@link Report}'s
 * constructor recomputes it whenever its results change (a baseline, waivers).
 *
 * @param failOn   the threshold the run was judged by
 * @param verdict  passed, failed, or incomplete (data could not be read: the verdict is not final)
 * @param exitCode what {@code psdm check} exits with: 0 passed, 1 failed, 2 incomplete
 * @param failing  the failing rules that count (a finding neither waived nor baselined), by their
 *                 highest counting severity, whether or not they reach the threshold
 */
@JsonPropertyOrder({"verdict", "failOn", "exitCode", "failing"})
public record Gate(Verdict verdict, FailOn failOn, int exitCode, SeverityCounts failing) {

    public Gate {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(failOn, "failOn");
        Objects.requireNonNull(failing, "failing");
    }

    /** The outcome of the gate. */
    public enum Verdict {
        /** Nothing counting fails at or above the threshold: exit 0. */
        PASSED,
        /** A counting finding at or above the threshold: exit 1. */
        FAILED,
        /** Some data could not be read, so the result is not final: exit 2 (issue 22 item 2). */
        INCOMPLETE;

        @JsonValue
        public String jsonName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The gate of these results at this threshold; {@code incomplete} when a read failed. */
    public static Gate of(FailOn failOn, List<RuleResult> results, boolean incomplete) {
        int error = 0;
        int warning = 0;
        int info = 0;
        for (RuleResult r : results) {
            Severity s = countingSeverity(r);
            if (s == null) {
                continue;
            }
            switch (s) {
                case ERROR -> error++;
                case WARNING -> warning++;
                case INFO -> info++;
            }
        }
        SeverityCounts counts = new SeverityCounts(error, warning, info);
        boolean fails = failOn.threshold() != null && counts.atOrAbove(failOn.threshold()) > 0;
        Verdict verdict = incomplete ? Verdict.INCOMPLETE : fails ? Verdict.FAILED : Verdict.PASSED;
        return new Gate(verdict, failOn, verdict == Verdict.INCOMPLETE ? 2 : fails ? 1 : 0, counts);
    }

    /**
     * The highest severity among a failing rule's counting findings (its own severity when it reported
     * none), or null when it does not fail or every finding is waived or baselined.
     */
    public static @Nullable Severity countingSeverity(RuleResult r) {
        if (!r.failed()) {
            return null;
        }
        if (r.findings().isEmpty()) {
            return r.severity();
        }
        @Nullable Severity highest = null;
        for (Finding f : r.findings()) {
            if (f.counts() && (highest == null || f.severity().isAtLeast(highest))) {
                highest = f.severity();
            }
        }
        return highest;
    }

    /** True when this finding fails the gate: it counts and reaches the threshold. */
    public boolean fails(Finding f) {
        return f.counts() && failOn.threshold() != null && f.severity().isAtLeast(failOn.threshold());
    }

    /**
     * How many failing rules at each severity.
     */
    @JsonPropertyOrder({"error", "warning", "info"})
    public record SeverityCounts(int error, int warning, int info) {

        /** Rules at or above this severity. */
        public int atOrAbove(Severity threshold) {
            return switch (threshold) {
                case ERROR -> error;
                case WARNING -> error + warning;
                case INFO -> error + warning + info;
            };
        }

        public int total() {
            return error + warning + info;
        }

        /** "2 errors, 9 warnings, 2 info" (zero counts left out), or "no failing requirement". */
        public String describe() {
            StringBuilder sb = new StringBuilder();
            append(sb, error, "error", "errors");
            append(sb, warning, "warning", "warnings");
            append(sb, info, "info", "info");
            return sb.length() == 0 ? "no failing requirement" : sb.toString();
        }

        private static void append(StringBuilder sb, int n, String one, String many) {
            if (n > 0) {
                sb.append(sb.length() == 0 ? "" : ", ").append(n).append(' ').append(n == 1 ? one : many);
            }
        }
    }
}
