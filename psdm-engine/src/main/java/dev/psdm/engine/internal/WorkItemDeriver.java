package dev.psdm.engine.internal;

import dev.psdm.engine.derive.VisitingDeriver;
import dev.psdm.engine.derive.Derivation;
import dev.psdm.engine.facts.DeliveryIteration;
import dev.psdm.engine.facts.WorkItem;
import dev.psdm.model.Issue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The issues that are work, not records (see {@link RecordMarks}), each with the iteration it is planned in. */
final class WorkItemDeriver extends VisitingDeriver<WorkItem> {
    WorkItemDeriver() {
        super(WorkItem.class, DeliveryIteration.class, RecordMarks.class);
    }

    @Override
    public Run<WorkItem> start(Derivation derivation) {
        Map<Long, DeliveryIteration> byId = byId(derivation.facts(DeliveryIteration.class));
        return new Collecting<>() {
            @Override
            public boolean see(int index, Issue issue) {
                if (!derivation.isRecord(index)) {
                    Long periodId = derivation.planPeriodOf(issue);
                    facts().add(new WorkItem(issue, periodId == null ? null : byId.get(periodId)));
                }
                return false;
            }
        };
    }

    static Map<Long, DeliveryIteration> byId(List<DeliveryIteration> iterations) {
        Map<Long, DeliveryIteration> byId = new HashMap<>();
        for (DeliveryIteration it : iterations) {
            byId.put(it.id(), it);
        }
        return byId;
    }
}
