package dev.psdm.report.format;

import dev.psdm.report.DataNotice;
import dev.psdm.report.Notice;
import dev.psdm.report.Report;

import java.io.IOException;
import java.io.Writer;

/**
 * One self-contained HTML page, the one a PM forwards to the customer's steering committee (issue 27): inline
 * CSS under a strict Content-Security-Policy ({@link HtmlStyle}), no scripts, fonts or images, so it opens
 * from the artifact browser or a mail attachment and prints as a short executive summary followed by the
 * detail. The top ({@link HtmlTop}) gives the verdict, posture, failing counts, size and the first findings;
 * then the notices, then the findings ({@link HtmlFindings}), then a footer with the version and the as-of.
 * Every text is escaped and only http(s) URLs become links.
 *
 * @param options the rule catalog, links and tool version the output names
 */
public record HtmlReportWriter(FormatOptions options) implements ReportWriter {

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
        HtmlTop.write(report, idPrefix, out);
        if (!report.notices().isEmpty()) {
            out.write("<section id=\"" + idPrefix + "notices\">\n<h2>Notices</h2>\n<ul>\n");
            for (Notice n : report.notices()) {
                out.write("<li>" + Html.text(n.message()) + "</li>\n");
            }
            out.write("</ul>\n</section>\n");
        }
        if (!report.dataNotices().isEmpty()) {
            out.write("<section id=\"" + idPrefix + "data-notices\">\n<h2>" + ReportText.DATA_NOTICES + "</h2>\n<ul>\n");
            for (DataNotice n : report.dataNotices()) {
                out.write("<li>" + Html.text(n.describe()) + "</li>\n");
            }
            out.write("</ul>\n</section>\n");
        }
        new HtmlFindings(options, idPrefix, out).write(report);
        // the version, the conventions and the as-of: what a printed copy needs to be judged later (issue 27 item 5)
        String version = report.tool() != null && report.tool().version() != null ? report.tool().version() : options.toolVersion();
        out.write("<footer><p>" + (ReportText.audience(report) != null ? "Customer view \u00b7 " : "") + "psdm-check"
                + (version == null ? "" : " " + Html.text(version))
                + " \u00b7 report schema " + Html.text(report.schema())
                + (report.conventions() == null ? "" : " \u00b7 conventions: " + Html.text(report.conventions().describe()))
                + " \u00b7 as of " + HtmlTop.time(report.asOf()) + "</p></footer>\n");
    }
}
