package dev.psdm.engine;

import dev.psdm.model.testing.ModuleArchitectureTest;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

/**
 * The engine's layers, bottom up: the facts rules match (plain data), the conventions that name
 * things, the deriver API catalogs extend ({@code derive}), the derivation that turns a snapshot into
 * facts, and the embedding API on top. Lower
 * layers never reach up, so a DRL author can read {@code facts} without learning the engine.
 */
class EngineArchitectureTest extends ModuleArchitectureTest {
    EngineArchitectureTest() {
        super("dev.psdm.engine", "the engine works on snapshots wherever they came from, and holds no bundled rule",
                "org.gitlab4j..", "dev.psdm.gitlab..", "dev.psdm.cli..", "dev.psdm.assertj..", "dev.psdm.rules..");
    }

    @Test
    void layersPointDown() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Api").definedBy("dev.psdm.engine")
                .layer("Derivation").definedBy("dev.psdm.engine.internal..")
                .layer("Derive").definedBy("dev.psdm.engine.derive..")
                .layer("Conventions").definedBy("dev.psdm.engine.conventions..")
                .layer("Facts").definedBy("dev.psdm.engine.facts..")
                .whereLayer("Api").mayNotBeAccessedByAnyLayer()
                .whereLayer("Derivation").mayOnlyBeAccessedByLayers("Api")
                .whereLayer("Derive").mayOnlyBeAccessedByLayers("Api", "Derivation")
                .whereLayer("Conventions").mayOnlyBeAccessedByLayers("Api", "Derivation", "Derive")
                .whereLayer("Facts").mayOnlyBeAccessedByLayers("Api", "Derivation", "Derive", "Conventions")
                .check(moduleClasses());
    }
}
