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

    private final FormatOptions options;

    public HtmlReportWriter(FormatOptions options) {
        this.options = options;
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        out.write(HtmlStyle.head(ReportText.title(report), true) + "<body>\n");
        writeBody(report, "", out);
        out.write("</body>\n</html>\n");
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
