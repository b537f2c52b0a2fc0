package dev.psdm.rules.catalog.labels;

import dev.psdm.engine.derive.Deriver;
import dev.psdm.engine.derive.DeriverProvider;

import java.util.List;

/** The project's labels (PSDM-LBL-001) and the workflow board (PSDM-LBL-002) (listed in {@code META-INF/services/dev.psdm.engine.derive.DeriverProvider}). */
public final class LabelDerivers implements DeriverProvider {
    @Override
    public List<Deriver<?>> derivers() {
        return List.of(
                new ProjectLabelsDeriver(),
                new WorkflowBoardDeriver());
    }
}
