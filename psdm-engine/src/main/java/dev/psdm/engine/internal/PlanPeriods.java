package dev.psdm.engine.internal;

import dev.psdm.engine.conventions.EngineSettings;
import dev.psdm.engine.derive.ComputedDeriver;
import dev.psdm.engine.derive.Derivation;
import dev.psdm.engine.conventions.Regexes;
import dev.psdm.engine.conventions.Conventions;
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
import java.util.regex.Pattern;

/**
 * The periods of the plan (iterations, or milestones when the team tracks iterations as milestones) in
 * start order, and which of them is Iteration 0: what the iterations, the project size and Iteration 0
 * are made of. An internal product of the derivation, never inserted into a session.
 */
final class PlanPeriods {
    final List<Period> periods;
    /** Iteration 0, or null. */
    final Period zero;

    private PlanPeriods(List<Period> periods, Period zero) {
        this.periods = periods;
        this.zero = zero;
    }

    /** The deriver: the periods in start order and Iteration 0 (a search over issues that stops at the kickoff). */
    static final class Deriver extends ComputedDeriver<PlanPeriods> {
        Deriver() {
            super(PlanPeriods.class);
        }

        @Override
        protected List<PlanPeriods> compute(Derivation derivation) {
            List<Period> periods = of(derivation.snapshot(), derivation.conventions());
            return List.of(new PlanPeriods(periods, findIterationZero(periods, derivation.snapshot(),
                    derivation.conventions())));
        }
    }

    static List<Period> of(Snapshot snapshot, Conventions conventions) {
        Map<Long, Period> byId = new LinkedHashMap<>();
        if (conventions.iterationsAsMilestones()) {
            for (Milestone m : snapshot.milestones()) {
                if (m.startDate() != null && m.dueDate() != null) {
                    byId.putIfAbsent(m.id(), new Period(m.id(), m.title(), m.startDate(), m.dueDate(), "milestone",
                            m.webUrl(), m.title()));
                }
            }
        } else {
            for (Iteration i : snapshot.iterations()) {
                Period period = new Period(i.id(), i.displayName(), i.startDate(), i.dueDate(), "iteration",
                        i.webUrl(), i.title());
                period.cadenceWeeks = i.cadenceDurationWeeks();
                byId.putIfAbsent(i.id(), period);
            }
        }
        List<Period> periods = new ArrayList<>(byId.values());
        periods.sort(Comparator.comparing((Period p) -> p.start).thenComparing(p -> p.due).thenComparingLong(p -> p.id));
        return periods;
    }

    /**
     * Iteration 0 is the first period of the plan when its title says so ("Iteration 0", "Sprint 0",
     * "Kickoff", "Discovery") or, for untitled cadence iterations, when it holds the kickoff or discovery issues.
     * A period so named that starts after delivery began is not an Iteration 0.
     */
    private static Period findIterationZero(List<Period> periods, Snapshot snapshot, Conventions conventions) {
        if (periods.isEmpty()) {
            return null;
        }
        LocalDate firstStart = periods.get(0).start;
        for (Period p : periods) {
            if (!p.start.equals(firstStart)) {
                break;
            }
            if (p.rawTitle != null && Regexes.find(conventions.get(EngineSettings.ITERATION_ZERO_TITLE), p.rawTitle)) {
                p.zeroReason = "its title '" + p.rawTitle + "' names it";
                return p;
            }
        }
        Period first = periods.get(0);
        Pattern kickoff = conventions.get(EngineSettings.KICKOFF_ISSUE_TITLE);
        for (Issue issue : snapshot.issues()) {
            Long periodId = Derivation.planPeriodOf(issue, conventions);
            if (periodId != null && periodId == first.id && Regexes.find(kickoff, issue.title())) {
                first.zeroReason = "it holds the kickoff/discovery issue #" + issue.iid();
                return first;
            }
        }
        return null;
    }

    /** An iteration or milestone of the plan, before it becomes a {@link dev.psdm.engine.facts.DeliveryIteration}. */
    static final class Period {
        final long id;
        final String title;
        final String rawTitle;
        final LocalDate start;
        final LocalDate due;
        final String kind;
        final String webUrl;
        /** The length its iteration cadence sets (GitLab's durationInWeeks), or null: unknown, or a milestone. */
        Integer cadenceWeeks;
        String zeroReason;

        Period(long id, String title, LocalDate start, LocalDate due, String kind, String webUrl, String rawTitle) {
            this.id = id;
            this.title = title;
            this.rawTitle = rawTitle;
            this.start = start;
            this.due = due;
            this.kind = kind;
            this.webUrl = webUrl;
        }
    }
}
