package dev.psdm.engine.internal;

import dev.psdm.engine.derive.Deriver;
import dev.psdm.engine.derive.Derivation;
import dev.psdm.engine.facts.DeliveryIteration;
import dev.psdm.engine.facts.IterationZero;

import java.util.List;

/** Iteration 0, when the plan has one (see {@link PlanPeriods}), with why it was taken for it. */
final class IterationZeroDeriver extends Deriver<IterationZero> {
    IterationZeroDeriver() {
        super(IterationZero.class, List.of(PlanPeriods.class, DeliveryIteration.class));
    }

    @Override
    public Run<IterationZero> start(Derivation derivation) {
        return () -> {
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
        };
    }
}
