package dev.psdm.rules.catalog.confidentiality;

import dev.psdm.engine.derive.Deriver;
import dev.psdm.engine.derive.DeriverProvider;

import java.util.List;

/** The confidential issues, for PSDM-CONF-001 (listed in {@code META-INF/services/dev.psdm.engine.derive.DeriverProvider}). */
public final class ConfidentialityDerivers implements DeriverProvider {
    @Override
    public List<Deriver<?>> derivers() {
        return List.of(new ConfidentialIssuesDeriver());
    }
}
