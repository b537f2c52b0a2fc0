package dev.psdm.rules.catalog.activities;

import dev.psdm.engine.derive.Deriver;
import dev.psdm.engine.derive.DeriverProvider;

import java.util.List;

/** The activities the handbook expects a record of, for PSDM-IT0-002, PSDM-RET-001 and PSDM-CLOSE-001 (listed in {@code META-INF/services/dev.psdm.engine.derive.DeriverProvider}). */
public final class ActivityDerivers implements DeriverProvider {
    @Override
    public List<Deriver<?>> derivers() {
        return List.of(
                new ExpectedActivityDeriver());
    }
}
