package dev.psdm.rules.catalog.ceremonies;

import dev.psdm.engine.derive.Deriver;
import dev.psdm.engine.derive.DeriverProvider;

import java.util.List;

/** The reporting weeks of PSDM-CER-006 (listed in {@code META-INF/services/dev.psdm.engine.derive.DeriverProvider}). */
public final class CeremonyDerivers implements DeriverProvider {
    @Override
    public List<Deriver<?>> derivers() {
        return List.of(
                new ReportingWeekDeriver());
    }
}
