package dev.psdm.rules.catalog.weights;

import dev.psdm.engine.facts.DeliveryIteration;
import dev.psdm.engine.facts.PlannedIssue;

import java.util.List;

/**
 * The weights of the open issues planned in each iteration that has not closed, as PSDM-WGT-001 judges them:
 * the unweighted work items (the rule's findings) and, per iteration, how many items of each kind (its
 * evidence). Derived in one pass over the planned issues, so that the rule and its evidence do not each walk
 * them all (issue 29 item 4).
 *
 * @param unweighted open, unweighted work items planned in a current or upcoming iteration, in snapshot order
 * @param iterations what each current or upcoming iteration holds, in the order first met
 */
public record IterationWeights(List<PlannedIssue> unweighted, List<Tally> iterations) {

    public IterationWeights {
        unweighted = List.copyOf(unweighted);
        iterations = List.copyOf(iterations);
    }

    /**
     * The open issues planned in one iteration.
     *
     * @param weighted        work items with a weight
     * @param unweighted      work items without one
     * @param notWork         records (ceremonies, RAID items) and types {@code workItems.types} leaves out
     * @param cannotBeWeighed items of a type GitLab cannot weigh (incident, test case)
     */
    public record Tally(DeliveryIteration iteration, int weighted, int unweighted, int notWork, int cannotBeWeighed) {
    }

    @Override
    public String toString() {
        return "IterationWeights[" + unweighted.size() + " unweighted in " + iterations.size() + " open iterations]";
    }
}
