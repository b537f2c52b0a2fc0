package dev.psdm.cli.prepare;

import dev.psdm.engine.conventions.Conventions;
import dev.psdm.engine.conventions.EngineSettings;
import dev.psdm.engine.conventions.Regexes;
import dev.psdm.engine.derive.Derivation;
import dev.psdm.model.Issue;
import dev.psdm.model.Iteration;
import dev.psdm.model.Milestone;
import dev.psdm.model.Snapshot;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The plan's periods as the rules see them (the engine's {@code PlanPeriods}, read from the same snapshot and
 * conventions): the iterations, or the dated milestones when {@code iterationsAsMilestones}, in start order;
 * Iteration 0 is the first when its title says so or it holds the kickoff/discovery issue.
 */
public final class PlanCalendar {
    private final List<Period> periods;
    private final Period zero;

    private PlanCalendar(List<Period> periods, Period zero) {
        this.periods = periods;
        this.zero = zero;
    }

    /**
     * One iteration (or milestone) of the plan.
     *
     * @param milestone true when the plan is tracked as milestones ({@code milestone_id} assigns to it)
     */
    public record Period(long id, String name, LocalDate start, LocalDate due, boolean milestone) {
        boolean covers(LocalDate day) {
            return day != null && !day.isBefore(start) && !day.isAfter(due);
        }
    }

    public static PlanCalendar of(Snapshot snapshot, Conventions conventions) {
        Map<Long, Period> byId = new LinkedHashMap<>();
        Map<Long, String> rawTitles = new LinkedHashMap<>();
        if (conventions.iterationsAsMilestones()) {
            for (Milestone m : snapshot.milestones()) {
                if (m.startDate() != null && m.dueDate() != null) {
                    byId.putIfAbsent(m.id(), new Period(m.id(), m.title(), m.startDate(), m.dueDate(), true));
                    rawTitles.putIfAbsent(m.id(), m.title());
                }
            }
        } else {
            for (Iteration i : snapshot.iterations()) {
                byId.putIfAbsent(i.id(), new Period(i.id(), i.displayName(), i.startDate(), i.dueDate(), false));
                rawTitles.putIfAbsent(i.id(), i.title());
            }
        }
        List<Period> periods = new ArrayList<>(byId.values());
        periods.sort(Comparator.comparing(Period::start).thenComparing(Period::due).thenComparingLong(Period::id));
        return new PlanCalendar(List.copyOf(periods), zero(periods, rawTitles, snapshot, conventions));
    }

    private static Period zero(List<Period> periods, Map<Long, String> rawTitles, Snapshot snapshot,
                               Conventions conventions) {
        if (periods.isEmpty()) {
            return null;
        }
        for (Period p : periods) {
            if (!p.start().equals(periods.get(0).start())) {
                break;
            }
            String title = rawTitles.get(p.id());
            if (title != null && Regexes.find(conventions.get(EngineSettings.ITERATION_ZERO_TITLE), title)) {
                return p;
            }
        }
        Period first = periods.get(0);
        for (Issue issue : snapshot.issues()) {
            Long period = Derivation.planPeriodOf(issue, conventions);
            if (period != null && period == first.id()
                    && Regexes.find(conventions.get(EngineSettings.KICKOFF_ISSUE_TITLE), issue.title())) {
                return first;
            }
        }
        return null;
    }

    /** Iteration 0, when the plan has one. */
    public Optional<Period> iterationZero() {
        return Optional.ofNullable(zero);
    }

    /** The first delivery iteration (not Iteration 0) that starts after {@code asOf}. */
    public Optional<Period> next(LocalDate asOf) {
        return periods.stream().filter(p -> p != zero && p.start().isAfter(asOf)).findFirst();
    }

    /** The first day of the planned span (its first period), where the rules' reporting weeks start. */
    public LocalDate spanStart() {
        return periods.isEmpty() ? null : periods.get(0).start();
    }

    public boolean isEmpty() {
        return periods.isEmpty();
    }
}
