package dev.psdm.rules;

import org.kie.api.KieBase;
import org.kie.api.KieServices;

/**
 * The rules shipped in this jar, pre-built into Drools' executable model by kie-maven-plugin at
 * build time (no DRL parsing at start-up). Loaded once per class loader and shared by all engines:
 * a KieBase is immutable and thread-safe.
 */
final class BundledRules {
    static final String KIE_BASE = "psdm";

    private BundledRules() {
    }

    static KieBase kieBase() {
        return Holder.KIE_BASE_INSTANCE;
    }

    private static final class Holder {
        static final KieBase KIE_BASE_INSTANCE = KieServices.get()
                .getKieClasspathContainer(PsdmEngine.class.getClassLoader())
                .getKieBase(KIE_BASE);
    }
}
