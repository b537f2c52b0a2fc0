package dev.psdm.report.format;

import dev.psdm.report.CeremonyMap;
import dev.psdm.report.CeremonyMap.Cell;
import dev.psdm.report.CeremonyMap.Mark;
import dev.psdm.report.CeremonyMap.Row;
import dev.psdm.report.Report;

import java.io.IOException;
import java.io.Writer;

/**
 * The ceremony heat map on the HTML page (issue 27 item 2): one row per iteration (or week), one column per
 * ceremony, the current period marked; a met cell links to its record, a missed one to the finding that
 * says so; a legend says what each mark means. Marks are symbols and words, never colour alone.
 */
final class HtmlHeatMap {
    private HtmlHeatMap() {
    }

    static void write(Report report, String idPrefix, Writer out) throws IOException {
        CeremonyMap map = report.ceremonies();
        if (map == null || map.rows().isEmpty()) {
            return;
        }
        out.write("<section id=\"" + idPrefix + "ceremonies\" class=\"heatmap\">\n<h2>" + HeatMapText.heading(map) + "</h2>\n");
        out.write("<table class=\"heatmap\">\n<thead><tr><th scope=\"col\">" + HeatMapText.rowHeading(map) + "</th>");
        for (String c : map.columns()) {
            out.write("<th scope=\"col\">" + Html.text(HeatMapText.column(c)) + "</th>");
        }
        out.write("</tr></thead>\n<tbody>\n");
        for (Row row : HeatMapText.rows(report)) {
            out.write("<tr" + (row.current() ? " class=\"current\"" : "") + "><th scope=\"row\">"
                    + Html.link(HeatMapText.rowName(map, row), row.subject().webUrl(), idPrefix)
                    + " <span class=\"dates\">" + HeatMapText.dates(row.start(), row.end()) + "</span>"
                    + (row.current() ? " <strong class=\"now\">current</strong>" : "") + "</th>");
            for (Cell cell : row.cells()) {
                out.write(cell(report, cell, idPrefix));
            }
            out.write("</tr>\n");
        }
        out.write("</tbody>\n</table>\n<p class=\"legend\">");
        for (Mark m : Mark.values()) {
            out.write("<span class=\"mark " + m.jsonName() + "\">" + HeatMapText.symbol(m, false) + " "
                    + HeatMapText.word(m) + "</span> " + HeatMapText.meaning(m) + ". ");
        }
        out.write("</p>\n</section>\n");
    }

    private static String cell(Report report, Cell cell, String idPrefix) {
        // the word goes when printed (the legend says it): five columns of words do not fit a page
        String label = HeatMapText.symbol(cell.mark(), false) + "<span class=\"word\"> " + HeatMapText.word(cell.mark()) + "</span>";
        String content = label;
        if (cell.mark() == Mark.MISSED && cell.ruleId() != null && cell.finding() != null) {
            String anchor = HtmlFindings.findingAnchor(report, cell.ruleId(), cell.finding());
            if (anchor != null) {
                content = "<a href=\"#" + idPrefix + anchor + "\">" + label + "</a>";
            }
        } else if (cell.evidence() != null) {
            String title = Html.text(ReportText.shortName(cell.evidence()));
            content = Links.isWebUrl(cell.evidence().webUrl())
                    ? "<a href=\"" + Html.text(cell.evidence().webUrl().trim()) + "\" title=\"" + title + "\">" + label + "</a>"
                    : "<span title=\"" + title + "\">" + label + "</span>";
        }
        return "<td class=\"mark " + cell.mark().jsonName() + "\">" + content + "</td>";
    }
}
