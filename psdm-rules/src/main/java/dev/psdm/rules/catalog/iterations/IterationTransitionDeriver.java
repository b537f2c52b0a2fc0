package dev.psdm.rules.catalog.iterations;

import dev.psdm.engine.derive.Derivation;
import dev.psdm.engine.derive.ComputedDeriver;
import dev.psdm.engine.facts.DeliveryIteration;

import java.util.ArrayList;
import java.util.List;

/** Each pair of consecutive iterations of the plan (gaps and overlaps are judged on them). */
final class IterationTransitionDeriver extends ComputedDeriver<IterationTransition> {
    IterationTransitionDeriver() {
        super(IterationTransition.class, DeliveryIteration.class);
    }

    @Override
    protected List<IterationTransition> compute(Derivation derivation) {
        List<DeliveryIteration> iterations = derivation.facts(DeliveryIteration.class);
        List<IterationTransition> transitions = new ArrayList<>();
        for (int k = 1; k < iterations.size(); k++) {
            transitions.add(new IterationTransition(iterations.get(k - 1), iterations.get(k)));
        }
        return transitions;
    }
}
