package dev.psdm.engine.internal;

import dev.psdm.engine.derive.Deriver;
import dev.psdm.engine.derive.Derivation;
import dev.psdm.engine.facts.DeliveryIteration;
import dev.psdm.engine.facts.PlannedIssue;
import dev.psdm.model.Issue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Each issue planned in an iteration (or milestone) of the plan, with it, and whether it is work. */
final class PlannedIssueDeriver extends Deriver<PlannedIssue> {
    PlannedIssueDeriver() {
        super(PlannedIssue.class, List.of(DeliveryIteration.class, RecordMarks.class));
    }

    @Override
    public boolean visitsIssues() {
        return true;
    }

    @Override
    public Run<PlannedIssue> start(Derivation derivation) {
        Map<Long, DeliveryIteration> byId = WorkItemDeriver.byId(derivation.facts(DeliveryIteration.class));
        List<PlannedIssue> planned = new ArrayList<>();
        return new Run<>() {
            @Override
            public boolean see(int index, Issue issue) {
                Long periodId = derivation.planPeriodOf(issue);
                DeliveryIteration it = periodId == null ? null : byId.get(periodId);
                if (it != null) {
                    planned.add(new PlannedIssue(issue, it, !derivation.isRecord(index)));
                }
                return false;
            }

            @Override
            public List<PlannedIssue> finish() {
                return planned;
            }
        };
    }
}
