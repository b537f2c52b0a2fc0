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
import java.util.Locale;

/**
 * GitLab Flavored Markdown for an issue or merge request comment: the verdict, a summary table of
 * every rule, then the failures with links to the GitLab issues and iterations, waived rules, and
 * notices. Rules that did not apply or could not be evaluated go in a collapsed section, so the
 * comment stays short; so does each failing rule's evidence. All text from the snapshot is escaped ({@link Escape#markdown}); {@code #42}
 * is left as is so GitLab links it.
 *
 * @param options the rule catalog, links and tool version the output names
 */
public record MarkdownReportWriter(FormatOptions options) implements ReportWriter {

    @Override
    public void write(Report report, Writer out) throws IOException {
        out.write("## PSDM check: " + md(ReportText.verdict(report)) + "\n\n");
        out.write(link(report.project().name(), report.project().webUrl()) + " (`" + Escape.codeSpan(report.project().path())
                + "`) as of " + report.asOf() + ": " + md(ReportText.counts(report.summary())) + ".\n\n");
        if (ReportText.audience(report) != null) {
            out.write("**" + md(ReportText.audience(report)) + "**\n\n");
        }
        String whatIf = ReportText.whatIf(report);
        if (whatIf != null) {
            out.write("**" + md(whatIf) + "**\n\n");
        }
        out.write("Project size: **" + report.size().sizeClass() + "** (" + md(report.size().reason()) + ")\n");
        String conventions = ReportText.conventions(report);
        if (conventions != null) {
            out.write("\nConventions: " + md(conventions) + ".\n");
        }
        String baseline = ReportText.baseline(report);
        if (baseline != null) {
            out.write("\n" + md(baseline) + "\n");
        }

        out.write(CompactViews.markdownHeatMap(report, this::md));

        out.write("\n| Rule | Requirement | Status | Severity | Findings |\n|---|---|---|---|---|\n");
        for (RuleResult r : tableOrder(report)) {
            String status = r.status() == Status.FAIL ? "**FAIL**" : r.status().name().replace('_', ' ');
            out.write("| " + ruleLink(r.ruleId()) + " | " + md(r.title()) + " | " + status + " | "
                    + r.severity() + " | " + (r.findings().isEmpty() ? "" : r.findings().size()) + " |\n");
        }

        writeFindings(out, "Failures", ReportText.bySeverity(report, Status.FAIL));
        writeBySubject(out, report);
        writeFindings(out, "Waived", ReportText.bySeverity(report, Status.WAIVED));
        if (!report.notices().isEmpty()) {
            out.write("\n### Notices\n\n");
            for (Notice n : report.notices()) {
                out.write("- " + md(n.message()) + "\n");
            }
        }
        if (!report.dataNotices().isEmpty()) {
            out.write("\n### " + ReportText.DATA_NOTICES + "\n\n");
            for (DataNotice n : report.dataNotices()) {
                out.write("- " + md(n.describe()) + "\n");
            }
        }
        List<RuleResult> undecided = report.results().stream()
                .filter(r -> r.status() == Status.NOT_EVALUATED || r.status() == Status.NOT_APPLICABLE).toList();
        if (!undecided.isEmpty()) {
            out.write("\n<details><summary>Not evaluated or not applicable (" + undecided.size() + ")</summary>\n\n");
            for (RuleResult r : undecided) {
                out.write("- " + ruleLink(r.ruleId()) + " " + md(r.title()) + ": "
                        + ReportText.heading(r.status()).toLowerCase(Locale.ROOT) + ", "
                        + md(r.reason()) + "\n");
            }
            out.write("\n</details>\n");
        }
    }

    private void writeFindings(Writer out, String heading, List<RuleResult> results) throws IOException {
        if (results.isEmpty()) {
            return;
        }
        out.write("\n### " + heading + "\n");
        for (RuleResult r : results) {
            out.write("\n#### " + ruleLink(r.ruleId()) + " " + md(r.title()) + " (" + r.severity() + ")\n\n");
            out.write("Handbook: " + link(r.source(), r.helpOrNone().handbookUrl()) + "\n\n");
            if (r.reason() != null) {
                out.write(md(r.reason()) + "\n\n");
            }
            for (Finding f : r.findings()) {
                String note = ReportText.note(f);
                out.write("- " + link(ReportText.shortName(f.subject()), f.subject().webUrl())
                        + ": " + md(f.message())
                        + (f.severity() != r.severity() ? " (" + f.severity() + ")" : "")
                        + (note != null ? " _" + md(note) + "_" : "") + "\n");
            }
            MarkdownEvidence.write(out, r, this::md);
        }
    }

    /** Each subject of a failing finding once, with every rule it fails (the HTML page's by-issue view). */
    private void writeBySubject(Writer out, Report report) throws IOException {
        List<CompactViews.SubjectLine> lines = CompactViews.bySubject(report);
        if (lines.isEmpty()) {
            return;
        }
        out.write("\n### By issue, iteration or other subject\n\n");
        for (CompactViews.SubjectLine line : lines) {
            out.write("- " + link(ReportText.shortName(line.subject()), line.subject().webUrl()) + " `"
                    + Escape.codeSpan(line.subject().key()) + "`" + md(ReportText.ownerNote(line.subject())) + ": "
                    + md(String.join(", ", line.rules())) + "\n");
        }
    }

    /** The summary table: grouped as the sections are (failed first), most severe first, then by id. */
    private static List<RuleResult> tableOrder(Report report) {
        List<RuleResult> rows = new java.util.ArrayList<>();
        for (Status status : ReportText.GROUP_ORDER) {
            rows.addAll(ReportText.bySeverity(report, status));
        }
        return rows;
    }

    /** Snapshot text as inline Markdown ({@link Escape#markdown(String, boolean)}). */
    private String md(String text) {
        return Escape.markdown(text, options.keepMentions());
    }

    /** A rule's page, always absolute (a relative link is dead in an MR comment); the plain id without a docs base. */
    private String ruleLink(String ruleId) {
        String href = options.ruleDocUrl(ruleId);
        return href == null ? md(ruleId) : "[" + md(ruleId) + "](" + Links.markdownTarget(href) + ")";
    }

    /** {@code [text](url)} for a URL from the snapshot when it is http(s); the escaped text otherwise. */
    private String link(String text, String url) {
        return Links.isWebUrl(url) ? "[" + md(text) + "](" + Links.markdownTarget(url.trim()) + ")" : md(text);
    }
}
