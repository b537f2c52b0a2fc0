package dev.psdm.engine.internal;

import dev.psdm.engine.derive.Deriver;
import dev.psdm.engine.derive.Derivation;
import dev.psdm.engine.facts.DeliveryIteration;
import dev.psdm.engine.facts.WorkItem;
import dev.psdm.model.Issue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The issues that are work, not records (see {@link RecordMarks}), each with the iteration it is planned in. */
final class WorkItemDeriver extends Deriver<WorkItem> {
    WorkItemDeriver() {
        super(WorkItem.class, List.of(DeliveryIteration.class, RecordMarks.class));
    }

    @Override
    public boolean visitsIssues() {
        return true;
    }

    @Override
    public Run<WorkItem> start(Derivation derivation) {
        Map<Long, DeliveryIteration> byId = byId(derivation.facts(DeliveryIteration.class));
        List<WorkItem> workItems = new ArrayList<>();
        return new Run<>() {
            @Override
            public boolean see(int index, Issue issue) {
                if (!derivation.isRecord(index)) {
                    Long periodId = derivation.planPeriodOf(issue);
                    workItems.add(new WorkItem(issue, periodId == null ? null : byId.get(periodId)));
                }
                return false;
            }

            @Override
            public List<WorkItem> finish() {
                return workItems;
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
