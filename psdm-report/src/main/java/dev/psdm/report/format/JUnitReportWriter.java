package dev.psdm.report.format;

import dev.psdm.report.BaselineState;
import dev.psdm.report.DataNotice;
import dev.psdm.report.Finding;
import dev.psdm.report.Gate;
import dev.psdm.report.ReadFailure;
import dev.psdm.report.Report;
import dev.psdm.report.RuleResult;
import dev.psdm.report.Severity;
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
 *   <li>a finding that fails the gate ({@code --fail-on}) gives a failing test case, named by its subject
 *       ({@code Iteration 4 [iteration:10104]}); the failure text carries the message, the link, the rule
 *       and the handbook section, which is what the Tests tab shows;</li>
 *   <li>a passing rule gives one passing test case named by the rule's title;</li>
 *   <li>findings below the gate, NOT_APPLICABLE and NOT_EVALUATED rules, waived findings and baselined findings are skipped test
 *       cases with the reason, so they are visible but never red (they do not fail the check either).</li>
 * </ul>
 * GitLab keeps only the first of test cases with the same classname and name, so names are made unique
 * ({@code " (2)"} appended) rather than dropping a finding. One test suite per run; times are 0 and the
 * only timestamp is the report's as-of instant (UTC), so the file is deterministic.
 */
public final class JUnitReportWriter implements ReportWriter {
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    /** One {@code <testcase>}: outcome null for a pass, else "failure", "skipped" or "error" (data failed to read). */
    private record TestCase(String classname, String name, String outcome, String message, String detail) {
    }

    private final FormatOptions options;

    /** A writer without rule page links. */
    public JUnitReportWriter() {
        this(FormatOptions.defaults());
    }

    /** A writer whose test cases link their rule's page ({@link FormatOptions#ruleDocUrl}). */
    public JUnitReportWriter(FormatOptions options) {
        this.options = options;
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        out.write(JUnitSuite.document("psdm-check", List.of(suite(report, options))));
    }

    /** The report's {@code <testsuite>}: the single-project file's only suite, one of the portfolio file's. */
    static JUnitSuite suite(Report report, FormatOptions options) {
        List<TestCase> cases = testCases(report, options);
        int failures = count(cases, "failure");
        int errors = count(cases, "error");
        int skipped = count(cases, "skipped");
        XmlElement suite = JUnitSuite.element(ReportText.title(report), cases.size(), failures, errors, skipped)
                .attribute("timestamp", TIMESTAMP.format(report.asOf().truncatedTo(ChronoUnit.SECONDS)));
        XmlElement properties = suite.child("properties");
        property(properties, "gate", ReportText.verdict(report));
        property(properties, "project", report.project().path());
        property(properties, "asOf", report.asOf().toString());
        if (report.asOfOutsideData() != null) {
            property(properties, "asOfOutsideData", ReportText.whatIf(report));
        }
        property(properties, "size", report.size().sizeClass() + " (" + report.size().reason() + ")");
        String conventions = ReportText.conventions(report);
        if (conventions != null) {
            property(properties, "conventions", conventions);
        }
        for (TestCase c : cases) {
            XmlElement testcase = suite.child("testcase").attribute("classname", c.classname())
                    .attribute("name", c.name()).attribute("time", 0);
            if (c.outcome() != null) {
                // GitLab's parser shows the element's content (doc/ci/testing/unit_test_reports.md), not the
                // message attribute: a skipped case without content would show no reason at all
                testcase.child(c.outcome()).attribute("message", c.message())
                        .text(c.detail() != null ? c.detail() : c.message());
            }
        }
        return new JUnitSuite(suite, cases.size(), failures, errors, skipped, XmlStyle.AS_BUILT);
    }

    private static int count(List<TestCase> cases, String outcome) {
        return (int) cases.stream().filter(c -> outcome.equals(c.outcome())).count();
    }

    /** A project the portfolio scan could not read: a suite with one erroring test case that says why. */
    static JUnitSuite unreadProject(String path, String error) {
        XmlElement suite = JUnitSuite.element(path, 1, 0, 1, 0);
        suite.child("testcase").attribute("classname", "psdm-check").attribute("name", "read " + path + " from GitLab")
                .attribute("time", 0).child("error").attribute("message", error);
        return new JUnitSuite(suite, 1, 0, 1, 0, XmlStyle.AS_BUILT);
    }

    private static void property(XmlElement properties, String name, String value) {
        properties.child("property").attribute("name", name).attribute("value", value);
    }

    /**
     * Only what fails the gate is a {@code <failure>}: a finding below {@code --fail-on} (or any finding with
     * {@code --fail-on never}) is a skipped case whose content says so, so GitLab's Tests tab shows it
     * without turning red on a green job. An incomplete run adds an erroring case that says why it is not final.
     */
    private static List<TestCase> testCases(Report report, FormatOptions options) {
        List<TestCase> cases = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        // an incomplete run (issue 22 item 2): one erroring test case per resource that failed to read, first
        for (ReadFailure failure : report.readFailures()) {
            cases.add(new TestCase("psdm-check", unique(taken, "psdm-check", "read " + failure.resource()), "error",
                    Report.INCOMPLETE + ": the check failed to read " + failure.resource() + ": " + failure.reason(), null));
        }
        // what reading the data left out or decided (issue 22 items 1, 2): visible in the Tests tab, never red
        for (DataNotice n : report.dataNotices()) {
            cases.add(new TestCase("psdm-check", unique(taken, "psdm-check", "data: " + n.resource()
                    + (n.subject() == null ? "" : " " + n.subject())), "skipped", n.describe(), null));
        }
        Gate gate = report.gate();
        Severity threshold = gate.failOn().threshold();
        for (RuleResult r : report.results()) {
            if (r.findings().isEmpty()) {
                boolean failsGate = r.status() == Status.FAIL && threshold != null && r.severity().isAtLeast(threshold);
                String outcome = switch (r.status()) {
                    case PASS -> null;
                    case FAIL -> failsGate ? "failure" : "skipped";
                    case NOT_APPLICABLE, NOT_EVALUATED, WAIVED -> "skipped";
                };
                String message = r.status() == Status.PASS ? null
                        : (r.status() == Status.FAIL && !failsGate ? belowGate(gate, r.severity()) + ": " : "")
                        + r.status() + (r.reason() != null ? ": " + r.reason() : "");
                cases.add(new TestCase(r.ruleId(), unique(taken, r.ruleId(), r.title()), outcome, message, null));
                continue;
            }
            for (Finding f : r.findings()) {
                String name = unique(taken, r.ruleId(), ReportText.subjectName(f.subject()));
                if (gate.fails(f)) {
                    cases.add(new TestCase(r.ruleId(), name, "failure", f.message(), failureDetail(r, f, options)));
                } else if (f.counts()) {
                    String why = belowGate(gate, f.severity());
                    cases.add(new TestCase(r.ruleId(), name, "skipped", why + " - " + f.message(),
                            why + "\n" + failureDetail(r, f, options)));
                } else {
                    String why = f.waiver() != null ? "WAIVED: " + f.waiver().describe()
                            : "BASELINED: known since the baseline";
                    cases.add(new TestCase(r.ruleId(), name, "skipped", why + " - " + f.message(), null));
                }
            }
        }
        return cases;
    }

    /** "WARNING, below the gate (--fail-on error)". */
    private static String belowGate(Gate gate, Severity severity) {
        return severity + ", below the gate (--fail-on " + gate.failOn().cliName() + ")";
    }

    /** What the Tests tab shows for a failure: enough to act without opening the full report. */
    private static String failureDetail(RuleResult r, Finding f, FormatOptions options) {
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
        sb.append(Remedies.plainText(r, f, options));
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
