package dev.psdm.cli.prepare;

import dev.psdm.engine.conventions.Conventions;
import dev.psdm.engine.conventions.EngineSettings;
import dev.psdm.engine.facts.CeremonyKind;
import dev.psdm.gitlab.publish.PreparedIssue;
import dev.psdm.model.Issue;
import dev.psdm.model.Snapshot;
import dev.psdm.report.SizeClass;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The next iteration's ceremony records ({@code psdm prepare --iteration next}, issue 30 item 4), as the handbook's
 * "Guidelines for PSDM" ask by project size: a large project's planning (on its first day), backlog refinement
 * (mid-iteration), review and retrospective (on its last day), each labelled {@code ceremony::<kind>} and in the
 * iteration; a small project's weekly status for each reporting week the iteration overlaps (the weeks PSDM-CER-006
 * counts from the span's first day), due on its fifth day. The label makes the rules recognise a record whatever
 * title a team's template gives it; the due date and the iteration place it, so a prepared planning record is
 * what PSDM-CER-001 counts for that iteration once it starts.
 */
public final class CeremonyPlan {
    private static final List<CeremonyKind> LARGE = List.of(CeremonyKind.PLANNING, CeremonyKind.REFINEMENT,
            CeremonyKind.REVIEW, CeremonyKind.RETROSPECTIVE);

    private CeremonyPlan() {
    }

    public static Plan next(Snapshot snapshot, Conventions conventions, SizeClass size, LocalDate asOf, Templates templates) {
        PlanCalendar calendar = PlanCalendar.of(snapshot, conventions);
        PlanCalendar.Period next = calendar.next(asOf).orElseThrow(() -> new PrepareException(calendar.isEmpty()
                ? "the project has no " + (conventions.iterationsAsMilestones() ? "dated milestones" : "iterations")
                        + " to prepare: plan the iterations first (psdm prepare --iteration-0 sets up Iteration 0's records)"
                : "no delivery iteration starts after " + asOf + ": schedule the next one first"));
        ExistingRecords existing = new ExistingRecords(snapshot, conventions);
        List<PreparedIssue> records = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        String prefix = conventions.get(EngineSettings.CEREMONY_LABEL_PREFIX);
        if (size == SizeClass.LARGE) {
            for (CeremonyKind kind : LARGE) {
                LocalDate day = day(kind, next);
                Optional<Issue> own = existing.ceremony(kind, next, next.start(), next.due());
                if (own.isPresent()) {
                    notes.add(next.name() + " already has a " + kind.displayName() + " record: #" + own.get().iid()
                            + " \"" + own.get().title() + "\" (left alone)");
                    continue;
                }
                Templates.Filled filled = templates.fill(kind.key(), values(snapshot, next, day, null));
                records.add(record(kind.key() + "/" + periodKey(next), filled, List.of(prefix + kind.key()), day, next));
            }
        } else {
            LocalDate spanStart = calendar.spanStart();
            long firstWeek = Math.max(0, ChronoUnit.DAYS.between(spanStart, next.start()) / 7);
            for (LocalDate week = spanStart.plusWeeks(firstWeek); !week.isAfter(next.due()); week = week.plusWeeks(1)) {
                LocalDate end = week.plusDays(6);
                if (end.isBefore(next.start())) {
                    continue;
                }
                LocalDate day = clamp(week.plusDays(4), max(week, next.start()), min(end, next.due()));
                Optional<Issue> own = existing.ceremony(CeremonyKind.WEEKLY_STATUS, null, week, end);
                if (own.isPresent()) {
                    notes.add("the week of " + week + " already has a weekly status: #" + own.get().iid() + " \""
                            + own.get().title() + "\" (left alone)");
                    continue;
                }
                Templates.Filled filled = templates.fill("weekly-status", values(snapshot, next, day, week));
                records.add(record("weekly-status/week-" + week, filled,
                        List.of(prefix + CeremonyKind.WEEKLY_STATUS.key()), day, next));
            }
        }
        return new Plan(records, List.of(), notes);
    }

    static PreparedIssue record(String name, Templates.Filled filled, List<String> labels, LocalDate day,
                                PlanCalendar.Period period) {
        return new PreparedIssue(name, filled.title(), filled.body(), labels, day,
                period == null || period.milestone() ? null : period.id(), period == null ? null : period.name(),
                period != null && period.milestone() ? period.id() : null);
    }

    static String periodKey(PlanCalendar.Period period) {
        return (period.milestone() ? "milestone-" : "iteration-") + period.id();
    }

    static Map<String, String> values(Snapshot snapshot, PlanCalendar.Period period, LocalDate day, LocalDate week) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("project", java.util.Objects.requireNonNullElse(snapshot.project().name(),
                java.util.Objects.requireNonNullElse(snapshot.project().pathWithNamespace(), "")));
        values.put("iteration", period == null ? "Iteration 0" : period.name());
        values.put("start", period == null ? "" : period.start().toString());
        values.put("due", period == null ? "" : period.due().toString());
        values.put("date", day == null ? "a date to agree" : day.toString());
        values.put("week", week == null ? "" : week.toString());
        return values;
    }

    /** Planning on the first day, refinement mid-iteration, review and retrospective on the last day. */
    private static LocalDate day(CeremonyKind kind, PlanCalendar.Period period) {
        return switch (kind) {
            case PLANNING -> period.start();
            case REFINEMENT -> period.start().plusDays(ChronoUnit.DAYS.between(period.start(), period.due()) / 2);
            default -> period.due();
        };
    }

    private static LocalDate clamp(LocalDate day, LocalDate from, LocalDate to) {
        return day.isBefore(from) ? from : day.isAfter(to) ? to : day;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
