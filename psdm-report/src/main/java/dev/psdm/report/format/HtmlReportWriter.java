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
 * One self-contained HTML page (the CI job keeps it as an artifact): inline CSS, no scripts, fonts or
 * images, so it opens from the artifact browser or a mail attachment and prints cleanly. It shows the
 * verdict, the summary, the project's size and why, then the rules grouped by status (failed, waived,
 * not evaluated, not applicable, passed) with links to the GitLab issues and iterations, and the notices.
 * Every text is escaped and only http(s) URLs become links.
 */
public final class HtmlReportWriter implements ReportWriter {
    private static final String CSS = """
            :root { --fail: #c0392b; --warn: #b9770e; --ok: #1e8449; --muted: #5d6d7e; --line: #d5d8dc; }
            body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1c2833; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
            h1 { font-size: 1.5rem; margin-bottom: .25rem; }
            h2 { font-size: 1.2rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; margin-top: 2rem; }
            h3 { font-size: 1rem; margin: 1.25rem 0 .25rem; }
            a { color: #1f618d; }
            .meta, .source, footer { color: var(--muted); font-size: .9rem; }
            .verdict { font-size: 1.1rem; font-weight: 600; }
            .verdict.fail { color: var(--fail); }
            .verdict.ok { color: var(--ok); }
            table { border-collapse: collapse; margin: .5rem 0; }
            th, td { border: 1px solid var(--line); padding: .25rem .75rem; text-align: left; }
            .badge { display: inline-block; font-size: .75rem; font-weight: 600; padding: 0 .4rem; border-radius: .25rem; border: 1px solid currentColor; vertical-align: middle; }
            .ERROR { color: var(--fail); }
            .WARNING { color: var(--warn); }
            .INFO { color: var(--muted); }
            .note { font-style: italic; color: var(--muted); }
            ul { padding-left: 1.25rem; }
            li { margin: .25rem 0; }
            @media print {
              body { margin: 0; max-width: none; font-size: 11pt; }
              a { color: inherit; }
              a[href^="http"]::after { content: " <" attr(href) ">"; font-size: 8pt; color: var(--muted); word-break: break-all; }
              .rule { break-inside: avoid; }
              h2 { break-after: avoid; }
            }
            """;

    private final FormatOptions options;

    public HtmlReportWriter(FormatOptions options) {
        this.options = options;
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        out.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        out.write("<title>" + text(ReportText.title(report)) + "</title>\n");
        out.write(stylesheet() + "\n</head>\n<body>\n");
        writeBody(report, "", out);
        out.write("</body>\n</html>\n");
    }

    /** The page's {@code <style>} element, which the portfolio page shares between its projects. */
    static String stylesheet() {
        return "<style>\n" + CSS + "</style>";
    }

    /**
     * What the page's {@code <body>} holds, header to footer. Every {@code id} and every in-page link
     * ({@code href="#..."}) starts with {@code idPrefix}, so that several reports fit in one page
     * (the portfolio's) with unique ids; the single-project page uses {@code ""}.
     */
    void writeBody(Report report, String idPrefix, Writer out) throws IOException {
        out.write("<header>\n<h1>PSDM check: " + link(report.project().name(), report.project().webUrl(), idPrefix)
                + "</h1>\n");
        out.write("<p class=\"meta\"><code>" + text(report.project().path()) + "</code> as of <time datetime=\""
                + report.asOf() + "\">" + report.asOf() + "</time></p>\n");
        String verdictClass = switch (report.gate().verdict()) {
            case PASSED -> "ok";
            case FAILED -> "fail";
            case INCOMPLETE -> "fail"; // never green: the result is not final
        };
        out.write("<p class=\"verdict " + verdictClass + "\">"
                + text(ReportText.verdict(report)) + "</p>\n</header>\n");

        out.write("<section id=\"" + idPrefix + "summary\">\n<h2>Summary</h2>\n<table>\n");
        for (Status status : ReportText.GROUP_ORDER) {
            int count = ReportText.withStatus(report, status).size();
            if (count > 0 || status != Status.WAIVED) {
                out.write("<tr><th>" + ReportText.heading(status) + "</th><td>" + count + "</td></tr>\n");
            }
        }
        out.write("</table>\n<p>Project size: <strong>" + report.size().sizeClass() + "</strong> ("
                + text(report.size().reason()) + ")</p>\n");
        String baseline = ReportText.baseline(report);
        if (baseline != null) {
            out.write("<p>" + text(baseline) + "</p>\n");
        }
        out.write("</section>\n");

        if (!report.notices().isEmpty()) {
            out.write("<section id=\"" + idPrefix + "notices\">\n<h2>Notices</h2>\n<ul>\n");
            for (Notice n : report.notices()) {
                out.write("<li>" + text(n.message()) + "</li>\n");
            }
            out.write("</ul>\n</section>\n");
        }
        if (!report.dataNotices().isEmpty()) {
            out.write("<section id=\"" + idPrefix + "data-notices\">\n<h2>" + ReportText.DATA_NOTICES + "</h2>\n<ul>\n");
            for (DataNotice n : report.dataNotices()) {
                out.write("<li>" + text(n.describe()) + "</li>\n");
            }
            out.write("</ul>\n</section>\n");
        }
        for (Status status : ReportText.GROUP_ORDER) {
            List<RuleResult> group = ReportText.bySeverity(report, status);
            if (!group.isEmpty()) {
                writeGroup(out, status, group, idPrefix);
            }
        }
        out.write("<footer><p>psdm-check, report schema " + text(report.schema()) + "</p></footer>\n");
    }

    private void writeGroup(Writer out, Status status, List<RuleResult> group, String idPrefix) throws IOException {
        String id = idPrefix + status.name().toLowerCase(Locale.ROOT).replace('_', '-');
        out.write("<section id=\"" + id + "\">\n<h2>" + ReportText.heading(status) + " (" + group.size() + ")</h2>\n");
        for (RuleResult r : group) {
            out.write("<div class=\"rule\">\n<h3>" + link(r.ruleId(), options.ruleDocUrl(r.ruleId()), idPrefix) + " "
                    + text(r.title()) + " " + badge(r.severity().name()) + "</h3>\n");
            out.write("<p class=\"source\">Handbook: " + text(r.source()) + "</p>\n");
            if (r.reason() != null) {
                out.write("<p>" + text(r.reason()) + "</p>\n");
            }
            if (!r.findings().isEmpty()) {
                out.write("<ul>\n");
                for (Finding f : r.findings()) {
                    String note = ReportText.note(f);
                    out.write("<li>" + link(ReportText.shortName(f.subject()), f.subject().webUrl(), idPrefix) + ": "
                            + text(f.message())
                            + (f.severity() != r.severity() ? " " + badge(f.severity().name()) : "")
                            + (note != null ? " <span class=\"note\">" + text(note) + "</span>" : "") + "</li>\n");
                }
                out.write("</ul>\n");
            }
            out.write("</div>\n");
        }
        out.write("</section>\n");
    }

    private static String badge(String severity) {
        return "<span class=\"badge " + severity + "\">" + severity + "</span>";
    }

    private static String text(String value) {
        return Escape.xml(value);
    }

    /**
     * A link when the URL is safe (http(s) or a relative path), the escaped text otherwise. A link inside
     * the page ({@code #...}) gets the ids' prefix so that it still finds its target.
     */
    private static String link(String label, String url, String idPrefix) {
        String href = Links.safeHref(url);
        if (href == null) {
            return text(label);
        }
        String attribute = Escape.xml(href);
        if (attribute.startsWith("#")) {
            attribute = "#" + idPrefix + attribute.substring(1);
        }
        return "<a href=\"" + attribute + "\">" + text(label) + "</a>";
    }
}
