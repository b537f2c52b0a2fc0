package dev.psdm.report.format;

import dev.psdm.report.CeremonyMap;
import dev.psdm.report.CeremonyMap.Mark;

import java.time.LocalDate;
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
        return switch (ceremony) {
            case "planning" -> "Planning";
            case "review" -> "Review / status report";
            case "refinement" -> "Refinement";
            case "standup" -> "Standup";
            case "retrospective" -> "Retrospective";
            case "weekly-status" -> "Weekly status";
            default -> ceremony;
        };
    }

    /** A column heading short enough for a compact table: "Plan", "Review", "Refine", "Standup", "Retro", "Status". */
    static String shortColumn(String ceremony) {
        return switch (ceremony) {
            case "planning" -> "Plan";
            case "review" -> "Review";
            case "refinement" -> "Refine";
            case "standup" -> "Standup";
            case "retrospective" -> "Retro";
            case "weekly-status" -> "Status";
            default -> ceremony;
        };
    }

    /** ✓ ✗ – · ? (or Y X - . ? in ASCII). */
    static String symbol(Mark mark, boolean ascii) {
        return switch (mark) {
            case MET -> ascii ? "Y" : "\u2713";
            case MISSED -> ascii ? "X" : "\u2717";
            case NOT_REQUIRED -> ascii ? "-" : "\u2013";
            case NOT_YET_DUE -> ascii ? "." : "\u00b7";
            case NOT_EVALUATED -> "?";
        };
    }

    /** "met", "missed", "not required", "not yet due", "not evaluated". */
    static String word(Mark mark) {
        return mark.jsonName().replace('-', ' ');
    }

    /** What each mark means, for the legend. */
    static String meaning(Mark mark) {
        return switch (mark) {
            case MET -> "held: a record shows it, or the rule found nothing missing";
            case MISSED -> "due and not held: a finding says so";
            case NOT_REQUIRED -> "the handbook does not ask for it here";
            case NOT_YET_DUE -> "the period has not reached the point where it is due";
            case NOT_EVALUATED -> "the rule could not judge it (data missing or rule switched off)";
        };
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

    /** "5 Jan – 18 Jan". */
    static String dates(LocalDate start, LocalDate end) {
        return DAY.format(start) + " \u2013 " + DAY.format(end);
    }

    /** A row's name: the iteration's title, or "Week of 2 Feb" (a week's subject title is its ISO dates). */
    static String rowName(CeremonyMap map, CeremonyMap.Row row) {
        return map.period().equals("week") ? "Week of " + DAY.format(row.start()) : ReportText.shortName(row.subject());
    }
}
