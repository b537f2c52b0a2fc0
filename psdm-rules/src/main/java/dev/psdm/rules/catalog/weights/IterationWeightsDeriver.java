package dev.psdm.rules.catalog.weights;

import dev.psdm.engine.derive.ComputedDeriver;
import dev.psdm.engine.derive.Derivation;
import dev.psdm.engine.facts.Backlog;
import dev.psdm.engine.facts.DeliveryIteration;
import dev.psdm.engine.facts.PlannedIssue;

import java.util.ArrayList;
import java.util.List;

/** Sorts the open issues planned in each current or upcoming iteration by weight, in one pass. */
final class IterationWeightsDeriver extends ComputedDeriver<IterationWeights> {
    IterationWeightsDeriver() {
        super(IterationWeights.class, Backlog.class);
    }

    /** One iteration's counts while the pass runs. */
    private static final class Counts {
        final DeliveryIteration iteration;
        int weighted;
        int unweighted;
        int notWork;
        int cannotBeWeighed;

        Counts(DeliveryIteration iteration) {
            this.iteration = iteration;
        }
    }

    @Override
    protected List<IterationWeights> compute(Derivation derivation) {
        List<PlannedIssue> unweighted = new ArrayList<>();
        List<Counts> met = new ArrayList<>();
        Counts counts = null;
        for (PlannedIssue planned : derivation.fact(Backlog.class).plannedIssues()) {
            DeliveryIteration iteration = planned.iteration();
            // the iteration first: it is shared and in cache, where each issue read is a trip to memory
            if (iteration.isClosed() || !planned.isOpen()) {
                continue;
            }
            if (counts == null || counts.iteration != iteration) {
                counts = countsOf(met, iteration);
            }
            if (!planned.workItem()) {
                counts.notWork++;
            } else if (planned.isUnweighted()) {
                counts.unweighted++;
                unweighted.add(planned);
            } else if (planned.issue().weight() == null) {
                counts.cannotBeWeighed++;
            } else {
                counts.weighted++;
            }
        }
        List<IterationWeights.Tally> tallies = met.stream().map(c -> new IterationWeights.Tally(c.iteration, c.weighted,
                c.unweighted, c.notWork, c.cannotBeWeighed)).toList();
        return List.of(new IterationWeights(unweighted, tallies));
    }

    /**
     * By identity, in the order first met (the derivation makes one DeliveryIteration per iteration): a record's
     * hashCode hashes every component, once per planned issue.
     */
    private static Counts countsOf(List<Counts> met, DeliveryIteration iteration) {
        for (Counts c : met) {
            if (c.iteration == iteration) {
                return c;
            }
        }
        Counts added = new Counts(iteration);
        met.add(added);
        return added;
    }
}
