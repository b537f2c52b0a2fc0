package dev.psdm.examples.customrule;

import dev.psdm.engine.PsdmEngine;

/** Acme's team rules ({@code acme-team-rules.drl}, shipped in this jar) on top of the bundled PSDM rules. */
public final class TeamRules {
    /** The team's DRL on the class path, named from its root. */
    public static final String DRL = "dev/psdm/examples/customrule/acme-team-rules.drl";

    private TeamRules() {
    }

    // tag::engine[]
    /** Compiles the team's DRL (about a second): build the engine once and share it. */
    public static PsdmEngine engine() {
        return PsdmEngine.builder()
                .addRulesFromClasspath(DRL) // also addRules(Path) for a file, addDrl(String) for DRL text
                .build();                 // InvalidRulesException names the file and line of a DRL error
    }
    // end::engine[]
}
