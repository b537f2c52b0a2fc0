package dev.psdm.engine.internal;

import dev.psdm.engine.derive.VisitingDeriver;
import dev.psdm.engine.derive.Derivation;
import dev.psdm.engine.facts.DeliveryIteration;
import dev.psdm.engine.facts.PlannedIssue;
import dev.psdm.model.Issue;

import java.util.Map;

/** Each issue planned in an iteration (or milestone) of the plan, with it, and whether it is work. */
final class PlannedIssueDeriver extends VisitingDeriver<PlannedIssue> {
    PlannedIssueDeriver() {
        super(PlannedIssue.class, DeliveryIteration.class, RecordMarks.class);
    }

    @Override
    public Run<PlannedIssue> start(Derivation derivation) {
        Map<Long, DeliveryIteration> byId = WorkItemDeriver.byId(derivation.facts(DeliveryIteration.class));
        return new Collecting<>() {
            @Override
            public boolean see(int index, Issue issue) {
                Long periodId = derivation.planPeriodOf(issue);
                DeliveryIteration it = periodId == null ? null : byId.get(periodId);
                if (it != null) {
                    facts().add(new PlannedIssue(issue, it, !derivation.isRecord(index)));
                }
                return false;
            }
        };
    }
}
