package dev.psdm.report.format;

import dev.psdm.report.DataNotice;
import dev.psdm.report.Finding;
import dev.psdm.report.Notice;
import dev.psdm.report.Report;
import dev.psdm.report.RuleResult;
import dev.psdm.report.Status;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * For people at a terminal or in a CI log: the gate's verdict (as the exit code gives it) and summary first, the project's size and
 * why, then each failing rule (most severe first) with its subjects and links, waived rules, notices (expired or unused
 * waivers, fixed baselined findings), then what was not applicable or not evaluated.
 */
public final class TextReportWriter implements ReportWriter {
    private final boolean ascii;
    private final FormatOptions options;

    /** A writer whose heat map uses ✓ ✗ – · ?. */
    public TextReportWriter() {
        this(false);
    }

    /** A writer that links each failing rule's page ({@link FormatOptions#ruleDocUrl}). */
    public TextReportWriter(FormatOptions options) {
        this(options, false);
    }

    /**
     * A writer whose heat map uses the ASCII marks Y X - . ? when {@code ascii} (a terminal whose charset cannot
     * print ✓: see {@link #forCharset}).
     */
    public TextReportWriter(boolean ascii) {
        this(FormatOptions.defaults(), ascii);
    }

    /** With these options and marks. */
    public TextReportWriter(FormatOptions options, boolean ascii) {
        this.options = options;
        this.ascii = ascii;
    }

    /** The writer for output in this charset: ASCII marks where it cannot encode ✓ and ✗. */
    public static TextReportWriter forCharset(java.nio.charset.Charset charset) {
        return forCharset(FormatOptions.defaults(), charset);
    }

    /** With these options (rule links), for output in this charset: ASCII marks where it cannot encode ✓ and ✗. */
    public static TextReportWriter forCharset(FormatOptions options, java.nio.charset.Charset charset) {
        var encoder = charset.newEncoder();
        return new TextReportWriter(options,
                !(encoder.canEncode('\u2713') && encoder.canEncode('\u2717') && encoder.canEncode('\u2013')));
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        out.write(Escape.terminal(ReportText.title(report)) + "\n");
        if (ReportText.audience(report) != null) {
            out.write(ReportText.audience(report) + "\n");
        }
        out.write(Escape.terminal(ReportText.verdict(report)) + "\n");
        String whatIf = ReportText.whatIf(report);
        if (whatIf != null) {
            out.write(Escape.terminal(whatIf) + "\n");
        }
        out.write("Rules: " + ReportText.counts(report.summary()) + ".\n");
        out.write("Project size: " + report.size().sizeClass() + " (" + Escape.terminal(report.size().reason()) + ")\n");
        String conventions = ReportText.conventions(report);
        if (conventions != null) {
            out.write("Conventions: " + Escape.terminal(conventions) + ".\n");
        }
        String baseline = ReportText.baseline(report);
        if (baseline != null) {
            out.write(Escape.terminal(baseline) + "\n");
        }

        out.write(CompactViews.textHeatMap(report, ascii));

        for (RuleResult r : ReportText.bySeverity(report, Status.FAIL)) {
            writeFindings(out, "FAIL  ", r);
        }
        List<CompactViews.SubjectLine> subjects = CompactViews.bySubject(report);
        if (!subjects.isEmpty()) {
            out.write("\nBy subject:\n");
            for (CompactViews.SubjectLine line : subjects) {
                out.write("  " + Escape.terminal(ReportText.subjectName(line.subject()) + ReportText.ownerNote(line.subject())) + ": "
                        + Escape.terminal(String.join(", ", line.rules())) + "\n");
            }
        }
        for (RuleResult r : ReportText.bySeverity(report, Status.WAIVED)) {
            writeFindings(out, "WAIVED  ", r);
        }
        if (!report.notices().isEmpty()) {
            out.write("\nNotices:\n");
            for (Notice n : report.notices()) {
                out.write("  - " + Escape.terminal(n.message()) + "\n");
            }
        }
        if (!report.dataNotices().isEmpty()) {
            out.write("\n" + ReportText.DATA_NOTICES + ":\n");
            for (DataNotice n : report.dataNotices()) {
                out.write("  - " + Escape.terminal(n.describe()) + "\n");
            }
        }
        writeOthers(report, out, Status.NOT_EVALUATED);
        writeOthers(report, out, Status.NOT_APPLICABLE);
        StringBuilder passed = new StringBuilder();
        for (RuleResult r : ReportText.withStatus(report, Status.PASS)) {
            passed.append(passed.length() == 0 ? "" : ", ").append(Escape.terminal(r.ruleId()));
        }
        if (passed.length() > 0) {
            out.write("\nPassed: " + passed + "\n");
        }
    }

    private void writeFindings(Writer out, String label, RuleResult r) throws IOException {
        out.write("\n" + label + Escape.terminal(r.ruleId()) + "  " + Escape.terminal(r.title()) + "  [" + r.severity() + "]\n");
        out.write("      handbook: " + Escape.terminal(r.source()) + "\n");
        // the links on lines of their own, so that a terminal or a CI log makes them clickable (issue 25 item 4)
        String section = r.helpOrNone().handbookUrl();
        if (Links.isWebUrl(section)) {
            out.write("      section:  " + Escape.terminal(section) + "\n");
        }
        String page = options.ruleDocUrl(r.ruleId());
        if (page != null) {
            out.write("      rule:     " + Escape.terminal(page) + "\n");
        }
        if (r.reason() != null) {
            out.write("      " + Escape.terminal(r.reason()) + "\n");
        }
        for (Finding f : r.findings()) {
            String note = ReportText.note(f);
            out.write("  - " + Escape.terminal(f.message()) + (f.severity() != r.severity() ? " [" + f.severity() + "]" : "")
                    + (note != null ? "  (" + Escape.terminal(note) + ")" : "") + "\n");
            if (f.subject().webUrl() != null) {
                out.write("    " + Escape.terminal(f.subject().webUrl()) + "\n");
            }
        }
    }

    private static void writeOthers(Report report, Writer out, Status status) throws IOException {
        boolean first = true;
        for (RuleResult r : ReportText.withStatus(report, status)) {
            if (first) {
                out.write("\n" + ReportText.heading(status) + ":\n");
                first = false;
            }
            out.write("  " + Escape.terminal(r.ruleId()) + "  " + Escape.terminal(r.title()) + ": " + Escape.terminal(r.reason()) + "\n");
        }
    }
}
