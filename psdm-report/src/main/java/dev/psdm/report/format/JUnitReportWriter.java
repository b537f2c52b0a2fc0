package dev.psdm.report.format;

import dev.psdm.report.BaselineState;
import dev.psdm.report.Finding;
import dev.psdm.report.Report;
import dev.psdm.report.RuleResult;
import dev.psdm.report.Status;

import java.io.IOException;
import java.io.Writer;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * JUnit XML as GitLab's unit test report reads it ({@code artifacts:reports:junit}, the pipeline's
 * Tests tab and the MR test summary). GitLab groups test cases by {@code classname}, so the rule id
 * is the class and each subject is a test:
 * <ul>
 *   <li>a failing rule gives one failing test case per finding, named by its subject
 *       ({@code Iteration 4 [iteration:10104]}); the failure text carries the message, the link, the rule
 *       and the handbook section, which is what the Tests tab shows;</li>
 *   <li>a passing rule gives one passing test case named by the rule's title;</li>
 *   <li>NOT_APPLICABLE and NOT_EVALUATED rules, waived findings and baselined findings are skipped test
 *       cases with the reason, so they are visible but never red (they do not fail the check either).</li>
 * </ul>
 * GitLab keeps only the first of test cases with the same classname and name, so names are made unique
 * ({@code " (2)"} appended) rather than dropping a finding. One test suite per run; times are 0 and the
 * only timestamp is the report's as-of instant (UTC), so the file is deterministic.
 */
public final class JUnitReportWriter implements ReportWriter {
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    /** One {@code <testcase>}: outcome null for a pass, else "failure" or "skipped". */
    private record TestCase(String classname, String name, String outcome, String message, String detail) {
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        List<TestCase> cases = testCases(report);
        long failures = cases.stream().filter(c -> "failure".equals(c.outcome())).count();
        long skipped = cases.stream().filter(c -> "skipped".equals(c.outcome())).count();
        String counts = " tests=\"" + cases.size() + "\" failures=\"" + failures + "\" errors=\"0\" skipped=\""
                + skipped + "\" time=\"0\"";

        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<testsuites name=\"psdm-check\"" + counts + ">\n");
        out.write("  <testsuite name=\"" + Escape.xml(ReportText.title(report)) + "\"" + counts
                + " timestamp=\"" + TIMESTAMP.format(report.asOf().truncatedTo(ChronoUnit.SECONDS)) + "\">\n");
        out.write("    <properties>\n");
        property(out, "project", report.project().path());
        property(out, "asOf", report.asOf().toString());
        property(out, "size", report.size().sizeClass() + " (" + report.size().reason() + ")");
        out.write("    </properties>\n");
        for (TestCase c : cases) {
            out.write("    <testcase classname=\"" + Escape.xml(c.classname()) + "\" name=\"" + Escape.xml(c.name())
                    + "\" time=\"0\"");
            if (c.outcome() == null) {
                out.write("/>\n");
            } else {
                out.write(">\n      <" + c.outcome() + " message=\"" + Escape.xml(c.message()) + "\"");
                out.write(c.detail() == null ? "/>\n" : ">" + Escape.xml(c.detail()) + "</" + c.outcome() + ">\n");
                out.write("    </testcase>\n");
            }
        }
        out.write("  </testsuite>\n");
        out.write("</testsuites>\n");
    }

    private static void property(Writer out, String name, String value) throws IOException {
        out.write("      <property name=\"" + Escape.xml(name) + "\" value=\"" + Escape.xml(value) + "\"/>\n");
    }

    private static List<TestCase> testCases(Report report) {
        List<TestCase> cases = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (RuleResult r : report.results()) {
            if (r.findings().isEmpty()) {
                String outcome = switch (r.status()) {
                    case PASS -> null;
                    case FAIL -> "failure";
                    case NOT_APPLICABLE, NOT_EVALUATED, WAIVED -> "skipped";
                };
                String message = r.status() == Status.PASS ? null
                        : r.status() + (r.reason() != null ? ": " + r.reason() : "");
                cases.add(new TestCase(r.ruleId(), unique(taken, r.ruleId(), r.title()), outcome, message, null));
                continue;
            }
            for (Finding f : r.findings()) {
                String name = unique(taken, r.ruleId(), ReportText.subjectName(f.subject()));
                if (f.counts()) {
                    cases.add(new TestCase(r.ruleId(), name, "failure", f.message(), failureDetail(r, f)));
                } else {
                    String why = f.waiver() != null ? "WAIVED: " + f.waiver().describe()
                            : "BASELINED: known since the baseline";
                    cases.add(new TestCase(r.ruleId(), name, "skipped", why + " - " + f.message(), null));
                }
            }
        }
        return cases;
    }

    /** What the Tests tab shows for a failure: enough to act without opening the full report. */
    private static String failureDetail(RuleResult r, Finding f) {
        StringBuilder sb = new StringBuilder();
        sb.append(f.message()).append('\n');
        sb.append("Severity: ").append(f.severity());
        if (f.baseline() == BaselineState.NEW) {
            sb.append(" (new since the baseline)");
        }
        sb.append('\n');
        sb.append("Subject: ").append(ReportText.subjectName(f.subject()));
        if (f.subject().webUrl() != null) {
            sb.append(' ').append(f.subject().webUrl());
        }
        sb.append('\n');
        sb.append("Rule: ").append(r.ruleId()).append(' ').append(r.title()).append('\n');
        sb.append("Handbook: ").append(r.source()).append('\n');
        return sb.toString();
    }

    /** GitLab keeps only the first test case of a classname and name: number repeats instead. */
    private static String unique(Set<String> taken, String classname, String name) {
        String candidate = name;
        for (int n = 2; !taken.add(classname + '\0' + candidate); n++) {
            candidate = name + " (" + n + ")";
        }
        return candidate;
    }
}
