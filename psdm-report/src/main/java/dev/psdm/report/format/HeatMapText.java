package dev.psdm.report.format;

import dev.psdm.report.CeremonyMap;
import dev.psdm.report.CeremonyMap.Mark;

import dev.psdm.report.CeremonyMap.Row;
import dev.psdm.report.Report;
import dev.psdm.report.Status;
import dev.psdm.report.Subject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The words and marks of the ceremony heat map ({@link CeremonyMap}) that every format shares: column
 * headings, each mark's symbol (✓ ✗ – · ?, or an ASCII fallback for a terminal that cannot print them)
 * and the legend that says what each means.
 */
final class HeatMapText {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private HeatMapText() {
    }

    /** "Planning", "Review / status report", ..., "Weekly status". */
    static String column(String ceremony) {
        return columnNames(ceremony)[0];
    }

    /** A column heading short enough for a compact table: "Plan", "Review", "Refine", "Standup", "Retro", "Status". */
    static String shortColumn(String ceremony) {
        return columnNames(ceremony)[1];
    }

    /** A ceremony's column heading and its short form, side by side so that they cannot drift apart. */
    private static String[] columnNames(String ceremony) {
        return switch (ceremony) {
            case "planning" -> new String[]{"Planning", "Plan"};
            case "review" -> new String[]{"Review / status report", "Review"};
            case "refinement" -> new String[]{"Refinement", "Refine"};
            case "standup" -> new String[]{"Standup", "Standup"};
            case "retrospective" -> new String[]{"Retrospective", "Retro"};
            case "weekly-status" -> new String[]{"Weekly status", "Status"};
            default -> new String[]{ceremony, ceremony};
        };
    }

    /** A mark's symbol, its ASCII fallback for a terminal that cannot print it, and what it means. */
    private record MarkText(String symbol, String ascii, String meaning) {
    }

    private static MarkText text(Mark mark) {
        return switch (mark) {
            case MET -> new MarkText("\u2713", "Y", "held: a record shows it, or the rule found nothing missing");
            case MISSED -> new MarkText("\u2717", "X", "due and not held: a finding says so");
            case NOT_REQUIRED -> new MarkText("\u2013", "-", "the handbook does not ask for it here");
            case NOT_YET_DUE -> new MarkText("\u00b7", ".", "the period has not reached the point where it is due");
            case NOT_EVALUATED -> new MarkText("?", "?", "the rule could not judge it (data missing or rule switched off)");
        };
    }

    /** ✓ ✗ – · ? (or Y X - . ? in ASCII). */
    static String symbol(Mark mark, boolean ascii) {
        return ascii ? text(mark).ascii() : text(mark).symbol();
    }

    /** "met", "missed", "not required", "not yet due", "not evaluated". */
    static String word(Mark mark) {
        return mark.jsonName().replace('-', ' ');
    }

    /** What each mark means, for the legend. */
    static String meaning(Mark mark) {
        return text(mark).meaning();
    }

    /** "✓ met · ✗ missed · – not required · · not yet due · ? not evaluated". */
    static String legend(boolean ascii) {
        StringBuilder sb = new StringBuilder();
        for (Mark m : Mark.values()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(symbol(m, ascii)).append(' ').append(word(m));
        }
        return sb.toString();
    }

    /** "Ceremonies by iteration" or "Weekly status by week". */
    static String heading(CeremonyMap map) {
        return map.period().equals("week") ? "Weekly status by week" : "Ceremonies by iteration";
    }

    /** "Iteration" or "Week". */
    static String rowHeading(CeremonyMap map) {
        return map.period().equals("week") ? "Week" : "Iteration";
    }

    /** "5 Jan – 18 Jan", or "" for a row without dates (a missing Iteration 0). */
    static String dates(LocalDate start, LocalDate end) {
        return start == null || end == null ? "" : DAY.format(start) + " \u2013 " + DAY.format(end);
    }

    /** The rule whose finding says the plan has no Iteration 0. */
    static final String ITERATION_ZERO_RULE = "PSDM-IT0-001";
    /** The name of the row that stands for a missing Iteration 0. */
    static final String MISSING_ITERATION_ZERO = "Iteration 0 (missing)";

    /**
     * The rows as every format shows them, Iteration 0 first (issue 27 item 2). A plan without an Iteration 0
     * (PSDM-IT0-001 failed, or its finding is waived) gets a first row "Iteration 0 (missing)" whose every cell is
     * missed and leads to that finding, so the map does not read as if the project had started where it should.
     * The report JSON keeps the rows the engine derived: iterations that exist.
     */
    static List<Row> rows(Report report) {
        CeremonyMap map = report.ceremonies();
        List<Row> rows = new ArrayList<>(map.rows());
        if (map.period().equals("iteration")) {
            report.result(ITERATION_ZERO_RULE)
                    .filter(r -> (r.status() == Status.FAIL || r.status() == Status.WAIVED) && !r.findings().isEmpty())
                    .ifPresent(r -> rows.add(0, new Row(new Subject("period", null, null, MISSING_ITERATION_ZERO, null),
                            null, null, false, map.columns().stream().map(c -> new CeremonyMap.Cell(c, Mark.MISSED, null,
                                    ITERATION_ZERO_RULE, r.findings().get(0).subject().key())).toList())));
        }
        return rows;
    }

    /** A row's name: the iteration's title, or "Week of 2 Feb" (a week's subject title is its ISO dates). */
    static String rowName(CeremonyMap map, CeremonyMap.Row row) {
        return map.period().equals("week") ? "Week of " + DAY.format(row.start()) : ReportText.shortName(row.subject());
    }
}
