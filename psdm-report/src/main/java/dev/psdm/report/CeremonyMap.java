package dev.psdm.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The ceremony heat map (issue 27 item 2): for a large project, its iterations (Iteration 0 first) by the
 * ceremonies of the handbook's iteration schedule; for a small one, the weeks of its planned span by the
 * weekly status. Each cell says whether the ceremony was met (with the record that shows it), missed (with
 * the finding that says so), not required, not yet due, or not evaluated. {@code "ceremonies"} in the
 * report's JSON, left out when the check did not derive the project's iterations and records.
 *
 * @param period  {@code iteration} (rows are iterations) or {@code week} (rows are weeks)
 * @param columns the ceremonies, as {@code ceremonies.titles} keys: {@code planning}, {@code review}, ...
 * @param rows    in plan order
 */
@JsonPropertyOrder({"period", "columns", "rows"})
public record CeremonyMap(String period, List<String> columns, List<Row> rows) {
    public CeremonyMap {
        Objects.requireNonNull(period, "period");
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** One iteration or week. {@code current} marks the one the as-of date falls in. */
    @JsonPropertyOrder({"subject", "start", "end", "current", "cells"})
    public record Row(Subject subject, LocalDate start, LocalDate end, boolean current, List<Cell> cells) {
        public Row {
            Objects.requireNonNull(subject, "subject");
            cells = List.copyOf(cells);
        }
    }

    /**
     * One ceremony in one period.
     *
     * @param evidence the record that satisfied it (an issue or wiki page), when met and known
     * @param ruleId   the rule that judges it: its finding explains a miss
     * @param finding  the key of the subject of the finding that says it was missed (the row's, or the
     *                 project's for a rule that judges several iterations at once)
     */
    @JsonPropertyOrder({"ceremony", "mark", "evidence", "ruleId", "finding"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Cell(String ceremony, Mark mark, @Nullable Subject evidence, @Nullable String ruleId,
                       @Nullable String finding) {
        public Cell {
            Objects.requireNonNull(ceremony, "ceremony");
            Objects.requireNonNull(mark, "mark");
        }
    }

    /** What a cell says. */
    public enum Mark {
        /** Held: a record shows it, or the rule found nothing missing. */
        MET,
        /** Due and not held: a finding says so. */
        MISSED,
        /** The handbook does not ask for it here (Iteration 0's review, a rule for another project size). */
        NOT_REQUIRED,
        /** The period has not reached the point where it is due (an upcoming iteration's review). */
        NOT_YET_DUE,
        /** The rule that would judge it could not (data missing) or did not run (switched off). */
        NOT_EVALUATED;

        @JsonValue
        public String jsonName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
