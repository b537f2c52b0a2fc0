package dev.psdm.rules.catalog.labels;

import dev.psdm.engine.facts.WorkItem;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The open work items as the workflow board shows them (PSDM-LBL-002): how many sit in each workflow state and
 * which are off the board. Derived in one pass over the work items, so that the rule (the items off the board)
 * and its evidence (the count per state) do not each walk a 100k-issue backlog (issue 29 item 4).
 *
 * @param prefix      the workflow labels' prefix ({@code labels.workflowPrefix})
 * @param open        how many open work items there are
 * @param openByState per workflow label (the first one an item carries, as spelled), how many open items carry it; sorted
 * @param offBoard    the open work items with no label starting with the prefix (ignoring case), in snapshot order
 */
public record WorkflowBoard(String prefix, int open, Map<String, Integer> openByState, List<WorkItem> offBoard) {

    public WorkflowBoard {
        openByState = Collections.unmodifiableMap(new TreeMap<>(openByState));
        offBoard = List.copyOf(offBoard);
    }

    /** How many open work items carry a workflow label. */
    public int onBoard() {
        return open - offBoard.size();
    }

    @Override
    public String toString() {
        return "WorkflowBoard[" + open + " open, " + offBoard.size() + " off the board]";
    }
}
