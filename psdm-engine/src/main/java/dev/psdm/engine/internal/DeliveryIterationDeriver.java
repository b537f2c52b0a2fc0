package dev.psdm.engine.internal;

import dev.psdm.engine.derive.ComputedDeriver;
import dev.psdm.engine.derive.Derivation;
import dev.psdm.engine.facts.CeremonyCalendar;
import dev.psdm.engine.facts.CeremonyRecord;
import dev.psdm.engine.facts.DeliveryIteration;
import dev.psdm.engine.facts.PeriodState;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The iterations of the plan in start order, numbered (Iteration 0 is 0), with their state on the as-of day. */
final class DeliveryIterationDeriver extends ComputedDeriver<DeliveryIteration> {
    DeliveryIterationDeriver() {
        super(DeliveryIteration.class, PlanPeriods.class, CeremonyRecord.class);
    }

    @Override
    protected List<DeliveryIteration> compute(Derivation derivation) {
        PlanPeriods plan = derivation.fact(PlanPeriods.class);
        CeremonyCalendar calendar = new CeremonyCalendar(derivation.facts(CeremonyRecord.class));
        LocalDate asOfDate = derivation.asOfDate();
        int closedCount = 0;
        for (PlanPeriods.Period p : plan.periods) {
            if (PeriodState.of(p.start, p.due, asOfDate) == PeriodState.CLOSED) {
                closedCount++;
            }
        }
        List<DeliveryIteration> iterations = new ArrayList<>(plan.periods.size());
        int number = 1;
        int closedSeen = 0;
        int upcomingSeen = 0;
        for (PlanPeriods.Period p : plan.periods) {
            boolean isZero = plan.zero == p;
            PeriodState state = PeriodState.of(p.start, p.due, asOfDate);
            int closedRank = state == PeriodState.CLOSED ? closedCount - closedSeen++ : 0;
            int upcomingRank = state == PeriodState.UPCOMING && !isZero ? ++upcomingSeen : 0;
            iterations.add(new DeliveryIteration(p.id, p.title, p.start, p.due, isZero ? 0 : number++, isZero,
                    state, closedRank, upcomingRank, p.kind, p.webUrl, calendar, p.cadenceWeeks));
        }
        return iterations;
    }
}
