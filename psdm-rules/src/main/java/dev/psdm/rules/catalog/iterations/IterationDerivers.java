package dev.psdm.rules.catalog.iterations;

import dev.psdm.engine.derive.Deriver;
import dev.psdm.engine.derive.DeriverProvider;

import java.util.List;

/** The transitions between iterations of PSDM-ITER-002 (listed in {@code META-INF/services/dev.psdm.engine.derive.DeriverProvider}). */
public final class IterationDerivers implements DeriverProvider {
    @Override
    public List<Deriver<?>> derivers() {
        return List.of(
                new IterationTransitionDeriver());
    }
}
