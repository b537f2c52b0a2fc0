package dev.psdm.rules.catalog.labels;

import dev.psdm.engine.derive.ComputedDeriver;
import dev.psdm.engine.derive.Derivation;
import dev.psdm.engine.facts.WorkItem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Places each open work item on the workflow board by its first workflow label, or off it. */
final class WorkflowBoardDeriver extends ComputedDeriver<WorkflowBoard> {
    WorkflowBoardDeriver() {
        super(WorkflowBoard.class, WorkItem.class);
    }

    @Override
    protected List<WorkflowBoard> compute(Derivation derivation) {
        String prefix = derivation.conventions().get(LabelSettings.WORKFLOW_PREFIX);
        Map<String, Integer> byState = new HashMap<>();
        List<WorkItem> off = new ArrayList<>();
        int open = 0;
        for (WorkItem item : derivation.facts(WorkItem.class)) {
            if (!item.isOpen()) {
                continue;
            }
            open++;
            String state = item.issue().labelWithPrefix(prefix);
            if (state == null) {
                off.add(item);
            } else {
                byState.merge(state, 1, Integer::sum);
            }
        }
        return List.of(new WorkflowBoard(prefix, open, byState, off));
    }
}
