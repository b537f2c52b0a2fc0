package dev.psdm.model;

import dev.psdm.model.testing.ModuleArchitectureTest;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The snapshot model is the bottom of the house: every module reads it, it reads none of them. */
class ModelArchitectureTest extends ModuleArchitectureTest {
    ModelArchitectureTest() {
        super("dev.psdm.model", "every module reads the model, so it reads none of them and no engine or client",
                "org.drools..", "org.kie..", "org.gitlab4j..", "dev.psdm.report..", "dev.psdm.engine..",
                "dev.psdm.rules..", "dev.psdm.gitlab..", "dev.psdm.cli..", "dev.psdm.assertj..");
    }

    @Test
    void recordsDoNotKnowHowTheyAreRead() {
        noClasses().that().resideInAPackage("dev.psdm.model")
                .should().dependOnClassesThat().resideInAPackage("dev.psdm.model.json..")
                .because("the JSON reader builds the model, not the other way round")
                .check(moduleClasses());
    }
}
