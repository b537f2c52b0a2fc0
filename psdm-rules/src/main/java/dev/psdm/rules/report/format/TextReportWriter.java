package dev.psdm.rules.report.format;

import dev.psdm.rules.report.Finding;
import dev.psdm.rules.report.Report;
import dev.psdm.rules.report.RuleResult;
import dev.psdm.rules.report.Status;
import dev.psdm.rules.report.Summary;

import java.io.IOException;
import java.io.Writer;

/**
 * For people at a terminal or in a CI log: the verdict and summary first, the project's size and
 * why, then each failing rule with its subjects and links, then what was not applicable or not evaluated.
 */
public final class TextReportWriter implements ReportWriter {

    @Override
    public void write(Report report, Writer out) throws IOException {
        Summary s = report.summary();
        out.write("PSDM check of " + report.project().path() + " as of " + report.asOf() + "\n");
        out.write(s.fail() == 0 ? "No requirement failed." : s.fail() + (s.fail() == 1 ? " requirement failed." : " requirements failed."));
        out.write(" " + s.pass() + " passed, " + s.fail() + " failed, " + s.notApplicable() + " not applicable, "
                + s.notEvaluated() + " not evaluated.\n");
        out.write("Project size: " + report.size().sizeClass() + " (" + report.size().reason() + ")\n");

        for (RuleResult r : report.results()) {
            if (r.status() != Status.FAIL) {
                continue;
            }
            out.write("\nFAIL  " + r.ruleId() + "  " + r.title() + "  [" + r.severity() + "]\n");
            out.write("      handbook: " + r.source() + "\n");
            for (Finding f : r.findings()) {
                out.write("  - " + f.message() + (f.severity() != r.severity() ? " [" + f.severity() + "]" : "") + "\n");
                if (f.subject().webUrl() != null) {
                    out.write("    " + f.subject().webUrl() + "\n");
                }
            }
        }
        writeOthers(report, out, Status.NOT_EVALUATED, "Not evaluated");
        writeOthers(report, out, Status.NOT_APPLICABLE, "Not applicable");
        StringBuilder passed = new StringBuilder();
        for (RuleResult r : report.results()) {
            if (r.status() == Status.PASS) {
                passed.append(passed.length() == 0 ? "" : ", ").append(r.ruleId());
            }
        }
        if (passed.length() > 0) {
            out.write("\nPassed: " + passed + "\n");
        }
    }

    private static void writeOthers(Report report, Writer out, Status status, String heading) throws IOException {
        boolean first = true;
        for (RuleResult r : report.results()) {
            if (r.status() == status) {
                if (first) {
                    out.write("\n" + heading + ":\n");
                    first = false;
                }
                out.write("  " + r.ruleId() + "  " + r.title() + ": " + r.reason() + "\n");
            }
        }
    }
}
