package dev.psdm.report.format;

import dev.psdm.report.CeremonyMap;
import dev.psdm.report.CeremonyMap.Cell;
import dev.psdm.report.CeremonyMap.Row;
import dev.psdm.report.Finding;
import dev.psdm.report.Gate;
import dev.psdm.report.Report;
import dev.psdm.report.RuleResult;
import dev.psdm.report.Status;
import dev.psdm.report.Subject;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The HTML page's heat map and by-subject view as the Markdown and text reports show them (issue 27 item 7):
 * a compact table of periods by ceremonies with ✓ ✗ – · ? (ASCII Y X - . ? where the terminal cannot print
 * them), and each subject of a failing finding once, with every rule it fails.
 */
final class CompactViews {
    private CompactViews() {
    }

    /** The heat map as a GitLab Markdown table with its legend, or "" without a map. */
    static String markdownHeatMap(Report report, UnaryOperator<String> md) {
        CeremonyMap map = report.ceremonies();
        if (map == null || map.rows().isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("\n### " + HeatMapText.heading(map) + "\n\n| " + HeatMapText.rowHeading(map) + " |");
        StringBuilder rule = new StringBuilder("|---|");
        for (String c : map.columns()) {
            sb.append(' ').append(HeatMapText.shortColumn(c)).append(" |");
            rule.append(":-:|");
        }
        sb.append('\n').append(rule).append('\n');
        for (Row row : HeatMapText.rows(report)) {
            String name = HeatMapText.rowName(map, row);
            String linked = Links.isWebUrl(row.subject().webUrl())
                    ? "[" + md.apply(name) + "](" + Links.markdownTarget(row.subject().webUrl().trim()) + ")" : md.apply(name);
            sb.append("| ").append(row.current() ? "**" + linked + "** (current)" : linked);
            for (Cell cell : row.cells()) {
                sb.append(" | ").append(HeatMapText.symbol(cell.mark(), false));
            }
            sb.append(" |\n");
        }
        return sb.append('\n').append(HeatMapText.legend(false)).append(".\n").toString();
    }

    /** The heat map as aligned plain-text columns with its legend, or "" without a map. */
    static String textHeatMap(Report report, boolean ascii) {
        CeremonyMap map = report.ceremonies();
        if (map == null || map.rows().isEmpty()) {
            return "";
        }
        int width = HeatMapText.rowHeading(map).length();
        for (Row row : HeatMapText.rows(report)) {
            width = Math.max(width, Escape.terminal(HeatMapText.rowName(map, row)).length() + 2);
        }
        StringBuilder sb = new StringBuilder("\n" + HeatMapText.heading(map) + " (" + HeatMapText.legend(ascii)
                + "; * current):\n  " + pad(HeatMapText.rowHeading(map), width));
        for (String c : map.columns()) {
            sb.append("  ").append(HeatMapText.shortColumn(c));
        }
        sb.append('\n');
        for (Row row : HeatMapText.rows(report)) {
            sb.append("  ").append(pad(Escape.terminal(HeatMapText.rowName(map, row)) + (row.current() ? " *" : ""), width));
            for (int k = 0; k < row.cells().size(); k++) {
                String heading = HeatMapText.shortColumn(map.columns().get(k));
                String mark = HeatMapText.symbol(row.cells().get(k).mark(), ascii);
                sb.append("  ").append(pad(" ".repeat((heading.length() - 1) / 2) + mark, heading.length()));
            }
            sb.setLength(sb.length() - trailingSpaces(sb));
            sb.append('\n');
        }
        return sb.toString();
    }

    private static int trailingSpaces(StringBuilder sb) {
        int n = 0;
        while (n < sb.length() && sb.charAt(sb.length() - 1 - n) == ' ') {
            n++;
        }
        return n;
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    /** One line per subject of a counting failing finding: the subject and each rule it fails, most findings first. */
    record SubjectLine(Subject subject, List<String> rules) {
    }

    static List<SubjectLine> bySubject(Report report) {
        Map<String, Subject> subjects = new LinkedHashMap<>();
        Map<String, List<String>> rules = new LinkedHashMap<>();
        for (RuleResult r : ReportText.bySeverity(report, Status.FAIL)) {
            if (Gate.countingSeverity(r) == null) {
                continue;
            }
            for (Finding f : r.findings()) {
                if (!f.counts()) {
                    continue;
                }
                subjects.putIfAbsent(f.subject().key(), f.subject());
                rules.computeIfAbsent(f.subject().key(), k -> new ArrayList<>()).add(r.ruleId() + " (" + f.severity() + ")");
            }
        }
        List<SubjectLine> lines = new ArrayList<>();
        subjects.forEach((key, s) -> lines.add(new SubjectLine(s, rules.get(key))));
        lines.sort(Comparator.comparing((SubjectLine l) -> -l.rules().size()).thenComparing(SubjectLine::subject, Subject.ORDER));
        return lines;
    }
}
