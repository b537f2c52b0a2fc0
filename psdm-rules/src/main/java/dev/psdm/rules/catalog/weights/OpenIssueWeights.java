package dev.psdm.rules.catalog.weights;

import dev.psdm.model.Issue;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * The weights of the open issues of the work item types the rules judge ({@code workItems.types}), as
 * PSDM-WGT-002 needs them: the issues heavier than {@code thresholds.maxWeight}, and for its evidence how many
 * carry a weight and the heaviest within the limit. Found in the derivation's fused pass over the issues, so
 * the rule and its evidence do not each walk every issue (issue 29 item 4).
 *
 * @param maxWeight  the limit ({@code thresholds.maxWeight})
 * @param heavy      the open issues weighing more than the limit, in snapshot order
 * @param weighted   how many open issues carry a weight (the heavy ones included)
 * @param unweighted how many open issues carry none
 * @param heaviest   the heaviest open issue within the limit (the lowest iid among equals), or null
 */
public record OpenIssueWeights(int maxWeight, List<Issue> heavy, int weighted, int unweighted, @Nullable Issue heaviest) {

    public OpenIssueWeights {
        heavy = List.copyOf(heavy);
    }

    @Override
    public String toString() {
        return "OpenIssueWeights[" + heavy.size() + " of " + weighted + " weighted over " + maxWeight + "]";
    }
}
