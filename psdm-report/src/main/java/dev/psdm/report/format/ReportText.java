package dev.psdm.report.format;

import dev.psdm.report.BaselineState;
import dev.psdm.report.FailOn;
import dev.psdm.report.Finding;
import dev.psdm.report.Gate;
import dev.psdm.report.Notice;
import dev.psdm.report.ReadFailure;
import dev.psdm.report.Report;
import dev.psdm.report.RuleResult;
import dev.psdm.report.Status;
import dev.psdm.report.Subject;
import dev.psdm.report.Summary;

import java.util.Comparator;
import java.util.List;

/**
 * The sentences the human-readable writers (text, Markdown, HTML, JUnit) share, so a verdict or a
 * waiver note reads the same in the CI log, the MR comment and the HTML artifact. Plain text: each
 * writer escapes it for its markup.
 */
final class ReportText {
    /** The order results are grouped in: what needs action first. */
    static final List<Status> GROUP_ORDER = List.of(Status.FAIL, Status.WAIVED, Status.NOT_EVALUATED,
            Status.NOT_APPLICABLE, Status.PASS);

    private ReportText() {
    }

    /** Failing rules first by severity (most severe first), then by id: what fails the build leads. */
    static final Comparator<RuleResult> SEVERITY_FIRST = Comparator.comparing(RuleResult::severity, Comparator.reverseOrder())
            .thenComparing(RuleResult::ruleId);

    /** "PSDM check of group/project as of 2026-05-15T12:00:00Z". */
    static String title(Report report) {
        return "PSDM check of " + report.project().path() + " as of " + report.asOf();
    }

    /**
     * The gate, as the exit code gives it: "Gate failed (error): 2 rules at or above error, exit 1. Failing:
     * 2 errors, 9 warnings, 2 info." / "Gate passed (error): 11 warnings, 2 info below the gate, exit 0."
     * Failing rules whose findings are all waived or baselined are named apart: they fail nothing.
     */
    static String verdict(Report report) {
        Gate gate = report.gate();
        Gate.SeverityCounts failing = gate.failing();
        String failOn = gate.failOn().cliName();
        String settled = settled(report);
        return switch (gate.verdict()) {
            case FAILED -> {
                int n = failing.atOrAbove(gate.failOn().threshold());
                yield "Gate failed (" + failOn + "): " + n + (n == 1 ? " rule" : " rules") + " at or above " + failOn
                        + " \u2014 exit 1. Failing: " + failing.describe() + "." + settled;
            }
            case PASSED -> "Gate passed (" + failOn + "): " + (failing.total() == 0 ? "no failing requirement"
                    : failing.describe() + (gate.failOn() == FailOn.NEVER ? " (the gate never fails)" : " below the gate"))
                    + " \u2014 exit 0." + settled;
            case INCOMPLETE -> incomplete(report) + " The result is not final \u2014 exit 2 unless --allow-incomplete."
                    + " Failing so far: " + failing.describe() + "." + settled;
        };
    }

    /** " 12 rules fail only on waived or baselined findings." or "". */
    private static String settled(Report report) {
        long n = report.results().stream().filter(r -> r.failed() && Gate.countingSeverity(r) == null).count();
        return n == 0 ? "" : " " + n + (n == 1 ? " rule fails" : " rules fail") + " only on waived or baselined findings.";
    }

    /** The results with this status, failing ones most severe first. */
    static List<RuleResult> bySeverity(Report report, Status status) {
        return withStatus(report, status).stream().sorted(SEVERITY_FIRST).toList();
    }

    /**
     * "Incomplete: the check failed to read issues (reason); the rules that need it are not evaluated."
     * or null when every read succeeded.
     */
    static String incomplete(Report report) {
        if (!report.incomplete()) {
            return null;
        }
        StringBuilder sb = new StringBuilder("Incomplete: the check failed to read ");
        List<ReadFailure> failures = report.readFailures();
        for (int k = 0; k < failures.size(); k++) {
            sb.append(k == 0 ? "" : k == failures.size() - 1 ? " and " : ", ")
                    .append(failures.get(k).resource()).append(" (").append(failures.get(k).reason()).append(')');
        }
        return sb.append("; the rules that need ").append(failures.size() == 1 ? "it" : "them")
                .append(" are not evaluated.").toString();
    }

    /**
     * What shaped the result besides the data (issue 25 item 6), so the counts add up: ".psdm.yml; 25 of 26
     * rules run (switched off: PSDM-DRI-001); severity changed: PSDM-RAID-002 warning → error" or "handbook
     * defaults; all 26 rules run at their own severity". Null for a report that does not say (built by hand).
     */
    static String conventions(Report report) {
        return report.conventions() == null ? null : report.conventions().describe(report.results().size());
    }

    /**
     * "What-if run: as of 2030-01-01T00:00:00Z is after the data was read (2026-05-15T12:00:00Z); the data cannot
     * show that time, so the results are hypothetical." (issue 25 item 7), or null for an as-of within the data.
     */
    static String whatIf(Report report) {
        return report.asOfOutsideData() == null ? null : "What-if run: " + report.asOfOutsideData()
                + "; the data cannot show that time, so the results are hypothetical.";
    }

    /** The heading of what reading the data left out or decided ({@link dev.psdm.report.DataNotice}). */
    static final String DATA_NOTICES = "Left out or decided while reading the data";

    /** "3 passed, 5 failed, 1 not applicable, 0 not evaluated" (", 1 waived" when there are waived rules). */
    static String counts(Summary s) {
        return s.pass() + " passed, " + s.fail() + " failed, " + s.notApplicable() + " not applicable, "
                + s.notEvaluated() + " not evaluated" + (s.waived() > 0 ? ", " + s.waived() + " waived" : "");
    }

    /**
     * "Compared with the baseline: 1 new finding, 6 unchanged, 1 fixed." (waived findings aside: they fail
     * nothing either way), or null when the check used no baseline.
     */
    static String baseline(Report report) {
        if (!report.usesBaseline()) {
            return null;
        }
        long added = 0;
        long unchanged = 0;
        for (RuleResult r : report.results()) {
            for (Finding f : r.findings()) {
                if (f.isWaived()) {
                    continue;
                }
                if (f.baseline() == BaselineState.NEW) {
                    added++;
                } else if (f.baseline() == BaselineState.UNCHANGED) {
                    unchanged++;
                }
            }
        }
        long fixed = report.notices().stream().filter(n -> n.kind() == Notice.Kind.BASELINE_FIXED).count();
        return "Compared with the baseline: " + added + (added == 1 ? " new finding, " : " new findings, ")
                + unchanged + " unchanged, " + fixed + " fixed. Only new findings fail the check.";
    }

    /** A status as a heading: "Failed", "Waived", "Not evaluated", "Not applicable", "Passed". */
    static String heading(Status status) {
        return switch (status) {
            case FAIL -> "Failed";
            case WAIVED -> "Waived";
            case NOT_EVALUATED -> "Not evaluated";
            case NOT_APPLICABLE -> "Not applicable";
            case PASS -> "Passed";
        };
    }

    /** The results with this status, in report order. */
    static List<RuleResult> withStatus(Report report, Status status) {
        return report.results().stream().filter(r -> r.status() == status).toList();
    }

    /** A subject as a test or entry name: its title and key, "Iteration 4 [iteration:10104]". */
    static String subjectName(Subject subject) {
        String name = shortName(subject);
        return name.equals(subject.key()) ? name : name + " [" + subject.key() + "]";
    }

    /** A subject as link text: its title, or its key when it has none. */
    static String shortName(Subject subject) {
        return subject.title() == null || subject.title().isBlank() ? subject.key() : subject.title();
    }

    /**
     * What sets a finding apart from a plain failure, or null: "WAIVED: reason (until date)",
     * "baselined" (known before the baseline), "new" (only when the check used a baseline).
     */
    static String note(Finding f) {
        if (f.waiver() != null) {
            return "WAIVED: " + f.waiver().describe();
        }
        if (f.baseline() == BaselineState.UNCHANGED) {
            return "baselined";
        }
        if (f.baseline() == BaselineState.NEW) {
            return "new";
        }
        return null;
    }
}
