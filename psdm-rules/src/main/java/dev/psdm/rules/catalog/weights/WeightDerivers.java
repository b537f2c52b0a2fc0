package dev.psdm.rules.catalog.weights;

import dev.psdm.engine.derive.Deriver;
import dev.psdm.engine.derive.DeriverProvider;

import java.util.List;

/** The weights of the open issues (PSDM-WGT-002) and of the open iterations (PSDM-WGT-001) (listed in {@code META-INF/services/dev.psdm.engine.derive.DeriverProvider}). */
public final class WeightDerivers implements DeriverProvider {
    @Override
    public List<Deriver<?>> derivers() {
        return List.of(new OpenIssueWeightsDeriver(), new IterationWeightsDeriver());
    }
}
