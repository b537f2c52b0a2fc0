package dev.psdm.engine.internal;

import dev.psdm.engine.conventions.Conventions;
import dev.psdm.engine.conventions.Setting;
import dev.psdm.engine.conventions.Settings;
import dev.psdm.engine.facts.CeremonyKind;
import dev.psdm.engine.facts.CeremonyRecord;
import dev.psdm.engine.facts.DeliveryIteration;
import dev.psdm.engine.facts.ProjectSize;
import dev.psdm.report.CeremonyMap;
import dev.psdm.report.CeremonyMap.Cell;
import dev.psdm.report.CeremonyMap.Mark;
import dev.psdm.report.CeremonyMap.Row;
import dev.psdm.report.Finding;
import dev.psdm.report.Report;
import dev.psdm.report.RuleResult;
import dev.psdm.report.SizeClass;
import dev.psdm.report.Status;
import dev.psdm.report.Subject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the report's ceremony heat map ({@link CeremonyMap}, issue 27 item 2) from what the derivation
 * found (the iterations and the ceremony records) and what the bundled ceremony rules decided. A cell is
 * never "met" on the map's own say: it is met when a record shows it or when the rule that judges it ran and
 * found nothing missing there; a miss is always a rule's finding; where the rule did not run or lacked data
 * the cell is "not evaluated", so the map can never look greener than the rules.
 */
public final class CeremonyMaps {
    /** The large projects' columns and the bundled rule that judges each. */
    private static final Map<CeremonyKind, String> ITERATION_RULES = new java.util.LinkedHashMap<>();

    static {
        ITERATION_RULES.put(CeremonyKind.PLANNING, "PSDM-CER-001");
        ITERATION_RULES.put(CeremonyKind.REVIEW, "PSDM-CER-002");
        ITERATION_RULES.put(CeremonyKind.REFINEMENT, "PSDM-CER-003");
        ITERATION_RULES.put(CeremonyKind.STANDUP, "PSDM-CER-004");
        ITERATION_RULES.put(CeremonyKind.RETROSPECTIVE, "PSDM-CER-005");
    }

    private static final String WEEKLY_RULE = "PSDM-CER-006";
    /** A planning record this many days before an iteration starts is its evidence too (PSDM-CER-001's default). */
    private static final String PLANNING_DAYS_BEFORE = "thresholds.planningDaysBefore";
    private static final String RETROSPECTIVE_ITERATIONS = "thresholds.retrospectiveIterations";

    private CeremonyMaps() {
    }

    /** The map, or null when the derivation produced no iterations (large) or no planned span (small). */
    public static CeremonyMap of(DerivedFacts derived, Report report, LocalDate asOf) {
        List<DeliveryIteration> iterations = new ArrayList<>();
        List<CeremonyRecord> records = new ArrayList<>();
        derived.forEach(fact -> {
            if (fact instanceof DeliveryIteration i) {
                iterations.add(i);
            } else if (fact instanceof CeremonyRecord r) {
                records.add(r);
            }
        });
        records.sort(Comparator.comparing(CeremonyRecord::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(CeremonyRecord::subject, Subject.ORDER));
        ProjectSize size = derived.context().size();
        if (size.sizeClass() == SizeClass.SMALL) {
            return weeks(size, records, report, asOf);
        }
        if (iterations.isEmpty()) {
            return null;
        }
        iterations.sort(Comparator.comparingInt(DeliveryIteration::number).thenComparing(DeliveryIteration::start));
        Conventions conventions = derived.conventions();
        int daysBefore = whole(conventions.settings(), PLANNING_DAYS_BEFORE, 3);
        int retroWindow = whole(conventions.settings(), RETROSPECTIVE_ITERATIONS, 2);
        List<Row> rows = new ArrayList<>();
        for (DeliveryIteration it : iterations) {
            List<Cell> cells = new ArrayList<>();
            ITERATION_RULES.forEach((kind, ruleId) -> cells.add(iterationCell(it, kind, ruleId, records, report,
                    kind == CeremonyKind.PLANNING ? daysBefore : 0, retroWindow)));
            rows.add(new Row(it.subject(), it.start(), it.due(), it.isCurrent(), cells));
        }
        return new CeremonyMap("iteration", ITERATION_RULES.keySet().stream().map(CeremonyKind::key).toList(), rows);
    }

    private static Cell iterationCell(DeliveryIteration it, CeremonyKind kind, String ruleId, List<CeremonyRecord> records,
                                      Report report, int daysBefore, int retroWindow) {
        Optional<RuleResult> rule = report.result(ruleId);
        Subject evidence = evidence(records, kind, it.id(), it.start().minusDays(daysBefore), it.due());
        Optional<Finding> own = rule.flatMap(r -> findingOn(r, it.subject().key()));
        if (own.isPresent()) {
            return missed(kind, ruleId, own.get());
        }
        if (evidence != null) {
            return new Cell(kind.key(), Mark.MET, evidence, ruleId, null);
        }
        boolean due = switch (kind) {
            case PLANNING, STANDUP -> !it.zero() && it.isStarted();
            default -> !it.zero() && it.isClosed();
        };
        if (!due) {
            return new Cell(kind.key(), it.isUpcoming() || (!it.zero() && it.isCurrent()) ? Mark.NOT_YET_DUE : Mark.NOT_REQUIRED,
                    null, ruleId, null);
        }
        Status status = rule.map(RuleResult::status).orElse(null);
        if (status == null || status == Status.NOT_EVALUATED) {
            return new Cell(kind.key(), Mark.NOT_EVALUATED, null, ruleId, null);
        }
        if (status == Status.NOT_APPLICABLE) {
            return new Cell(kind.key(), Mark.NOT_REQUIRED, null, ruleId, null);
        }
        // the rules that judge the project as a whole: their finding (on the project) covers these cells
        Optional<Finding> whole = rule.flatMap(r -> r.findings().stream().filter(f -> f.subject().type().equals("project")).findFirst());
        if (kind == CeremonyKind.RETROSPECTIVE) {
            if (it.closedRank() > retroWindow) {
                return new Cell(kind.key(), Mark.NOT_REQUIRED, null, ruleId, null); // older than the rule looks
            }
            return whole.map(f -> missed(kind, ruleId, f)).orElse(new Cell(kind.key(), Mark.NOT_REQUIRED, null, ruleId, null));
        }
        if (whole.isPresent()) {
            return missed(kind, ruleId, whole.get());
        }
        // the rule ran, judges this iteration, and found nothing missing here
        return new Cell(kind.key(), Mark.MET, null, ruleId, null);
    }

    private static Cell missed(CeremonyKind kind, String ruleId, Finding f) {
        return new Cell(kind.key(), Mark.MISSED, null, ruleId, f.subject().key());
    }

    /** Small projects: each week of the planned span by its weekly status (PSDM-CER-006 judges full weeks that ended). */
    private static CeremonyMap weeks(ProjectSize size, List<CeremonyRecord> records, Report report, LocalDate asOf) {
        if (size.spanStart() == null || size.spanEnd() == null) {
            return null;
        }
        Optional<RuleResult> rule = report.result(WEEKLY_RULE);
        List<Row> rows = new ArrayList<>();
        String kind = CeremonyKind.WEEKLY_STATUS.key();
        for (LocalDate start = size.spanStart(); !start.isAfter(size.spanEnd()); start = start.plusDays(7)) {
            LocalDate end = start.plusDays(6);
            // the subject PSDM-CER-006 reports a week under (ReportingWeek.subject())
            Subject week = new Subject("period", null, null, "week " + start + " \u2013 " + end, null);
            Subject evidence = evidence(records, CeremonyKind.WEEKLY_STATUS, Long.MIN_VALUE, start, end);
            Optional<Finding> own = rule.flatMap(r -> findingOn(r, week.key()));
            boolean judged = !end.isAfter(size.spanEnd()) && end.isBefore(asOf);
            Cell cell;
            if (own.isPresent()) {
                cell = new Cell(kind, Mark.MISSED, null, WEEKLY_RULE, own.get().subject().key());
            } else if (evidence != null) {
                cell = new Cell(kind, Mark.MET, evidence, WEEKLY_RULE, null);
            } else if (!judged) {
                cell = new Cell(kind, end.isBefore(asOf) ? Mark.NOT_REQUIRED : Mark.NOT_YET_DUE, null, WEEKLY_RULE, null);
            } else if (rule.isEmpty() || rule.get().status() == Status.NOT_EVALUATED) {
                cell = new Cell(kind, Mark.NOT_EVALUATED, null, WEEKLY_RULE, null);
            } else if (rule.get().status() == Status.NOT_APPLICABLE) {
                cell = new Cell(kind, Mark.NOT_REQUIRED, null, WEEKLY_RULE, null);
            } else {
                cell = new Cell(kind, Mark.MET, null, WEEKLY_RULE, null);
            }
            boolean current = !start.isAfter(asOf) && !end.isBefore(asOf);
            rows.add(new Row(week, start, end, current, List.of(cell)));
        }
        return rows.isEmpty() ? null : new CeremonyMap("week", List.of(kind), rows);
    }

    private static Optional<Finding> findingOn(RuleResult rule, String subjectKey) {
        return rule.findings().stream().filter(f -> f.subject().key().equals(subjectKey)).findFirst();
    }

    /** The first record of this kind assigned to the iteration, else the first dated within [from, to]. */
    private static Subject evidence(List<CeremonyRecord> records, CeremonyKind kind, long iterationId, LocalDate from, LocalDate to) {
        Subject dated = null;
        for (CeremonyRecord r : records) {
            if (r.kind() != kind) {
                continue;
            }
            if (r.iterationId() != null && r.iterationId() == iterationId) {
                return r.subject();
            }
            if (dated == null && r.date() != null && !r.date().isBefore(from) && !r.date().isAfter(to)) {
                dated = r.subject();
            }
        }
        return dated;
    }

    /** A whole-number setting some rule family declares, by its path; the default when none declares it. */
    @SuppressWarnings("unchecked")
    private static int whole(Settings settings, String path, int fallback) {
        for (Setting<?> s : Settings.declared()) {
            if (s.path().equals(path) && s.defaultValue() instanceof Integer) {
                return settings.get((Setting<Integer>) s);
            }
        }
        return fallback;
    }
}
