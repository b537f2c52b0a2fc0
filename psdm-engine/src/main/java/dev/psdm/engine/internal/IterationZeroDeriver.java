package dev.psdm.engine.internal;

import dev.psdm.engine.derive.ComputedDeriver;
import dev.psdm.engine.derive.Derivation;
import dev.psdm.engine.facts.DeliveryIteration;
import dev.psdm.engine.facts.IterationZero;

import java.util.List;

/** Iteration 0, when the plan has one (see {@link PlanPeriods}), with why it was taken for it. */
final class IterationZeroDeriver extends ComputedDeriver<IterationZero> {
    IterationZeroDeriver() {
        super(IterationZero.class, PlanPeriods.class, DeliveryIteration.class);
    }

    @Override
    protected List<IterationZero> compute(Derivation derivation) {
        PlanPeriods plan = derivation.fact(PlanPeriods.class);
        if (plan.zero == null) {
            return List.of();
        }
        for (DeliveryIteration it : derivation.facts(DeliveryIteration.class)) {
            if (it.zero()) {
                return List.of(new IterationZero(it, plan.zero.zeroReason));
            }
        }
        return List.of();
    }
}
