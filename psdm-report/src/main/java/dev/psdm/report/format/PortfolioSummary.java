package dev.psdm.report.format;

import dev.psdm.report.PortfolioReport;
import dev.psdm.report.PortfolioReport.Entry;
import dev.psdm.report.Severity;
import dev.psdm.report.Summary;

/**
 * The part of a portfolio report that no single report has: the headline and the table with one row
 * per project (size, counts, highest failing severity, or "not read" and why), as text, Markdown and HTML.
 */
final class PortfolioSummary {
    private static final String[] HEADER = {"Project", "Size", "Failed", "Passed", "N/A", "Not evaluated", "Waived",
            "Highest failure"};

    private PortfolioSummary() {
    }

    static String headline(PortfolioReport p) {
        return "PSDM portfolio scan of group " + p.group() + (p.gitlabUrl() == null ? "" : " at " + p.gitlabUrl())
                + ": " + p.projects().size() + (p.projects().size() == 1 ? " project, " : " projects, ")
                + p.checked() + " checked, " + p.notLoaded() + " not read";
    }

    private static String[] row(Entry e) {
        if (!e.loaded()) {
            return new String[]{e.path(), "—", "", "", "", "", "", "not read: " + e.error()};
        }
        Summary s = e.report().summary();
        Severity highest = e.highestFailure();
        return new String[]{e.path(), e.report().size().sizeClass().name(), Integer.toString(s.fail()),
                Integer.toString(s.pass()), Integer.toString(s.notApplicable()), Integer.toString(s.notEvaluated()),
                Integer.toString(s.waived()), highest == null ? "no failure" : highest.name()};
    }

    /** A row for a terminal: a hostile project path or error cannot move the cursor or start a line. */
    private static String[] textRow(Entry e) {
        String[] r = row(e);
        for (int c = 0; c < r.length; c++) {
            r[c] = Escape.terminal(r[c]);
        }
        return r;
    }

    /** The table in columns padded to their widest cell, counts right-aligned; the last column unpadded. */
    static void appendText(StringBuilder sb, PortfolioReport p) {
        int[] width = new int[HEADER.length - 1];
        for (int c = 0; c < width.length; c++) {
            width[c] = HEADER[c].length();
        }
        for (Entry e : p.projects()) {
            String[] r = textRow(e);
            for (int c = 0; c < width.length; c++) {
                width[c] = Math.max(width[c], r[c].length());
            }
        }
        appendTextRow(sb, HEADER, width);
        for (Entry e : p.projects()) {
            appendTextRow(sb, textRow(e), width);
        }
    }

    private static void appendTextRow(StringBuilder sb, String[] cells, int[] width) {
        for (int c = 0; c < cells.length; c++) {
            String cell = cells[c];
            if (c == cells.length - 1) {
                sb.append(cell);
            } else if (c >= 2 && c <= 6) {
                sb.append(" ".repeat(width[c] - cell.length())).append(cell).append("  ");
            } else {
                sb.append(cell).append(" ".repeat(width[c] - cell.length())).append("  ");
            }
        }
        sb.append('\n');
    }

    /** A Markdown table; a project with a web URL links to it. */
    static void appendMarkdown(StringBuilder sb, PortfolioReport p) {
        sb.append('|').append(String.join("|", HEADER)).append("|\n|");
        sb.append("---|".repeat(HEADER.length)).append('\n');
        for (Entry e : p.projects()) {
            String[] r = row(e);
            // only an http(s) link, its target fully encoded: a hostile project URL must not end the table row
            String href = Links.safeHref(e.webUrl());
            r[0] = href == null || !Links.isWebUrl(href) ? Escape.markdown(e.path())
                    : "[" + Escape.markdown(e.path()) + "](" + Links.markdownTarget(href) + ")";
            for (int c = 1; c < r.length; c++) {
                r[c] = Escape.markdown(r[c]);
            }
            sb.append('|').append(String.join("|", r)).append("|\n");
        }
    }

    /** An HTML table; a project that was read links to its section ({@link #htmlSectionId}). */
    static void appendHtml(StringBuilder sb, PortfolioReport p) {
        sb.append("<table>\n<tr>");
        for (String h : HEADER) {
            sb.append("<th>").append(Escape.xml(h)).append("</th>");
        }
        sb.append("</tr>\n");
        int n = 0;
        for (Entry e : p.projects()) {
            n++;
            String[] r = row(e);
            sb.append("<tr>");
            for (int c = 0; c < r.length; c++) {
                sb.append("<td>");
                if (c == 0 && e.loaded()) {
                    sb.append("<a href=\"#").append(htmlSectionId(n)).append("\">").append(Escape.xml(r[c])).append("</a>");
                } else {
                    sb.append(Escape.xml(r[c]));
                }
                sb.append("</td>");
            }
            sb.append("</tr>\n");
        }
        sb.append("</table>\n");
    }

    /** The id of the n-th project's section (1-based, counting projects that were not read). */
    static String htmlSectionId(int n) {
        return "project-" + n;
    }

    /** What the n-th project's own ids start with in the one page. */
    static String htmlIdPrefix(int n) {
        return "p" + n + "-";
    }
}
