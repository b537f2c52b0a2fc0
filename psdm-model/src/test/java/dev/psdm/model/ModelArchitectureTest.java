package dev.psdm.model;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The snapshot model is the bottom of the house: every module reads it, it reads none of them. */
class ModelArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.psdm.model");

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("dev.psdm.(**)").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void recordsDoNotKnowHowTheyAreRead() {
        noClasses().that().resideInAPackage("dev.psdm.model")
                .should().dependOnClassesThat().resideInAPackage("dev.psdm.model.json..")
                .because("the JSON reader builds the model, not the other way round")
                .check(CLASSES);
    }

    @Test
    void knowsNoOtherModule() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.drools..", "org.kie..", "org.gitlab4j..",
                        "dev.psdm.report..", "dev.psdm.engine..", "dev.psdm.rules..", "dev.psdm.gitlab..",
                        "dev.psdm.cli..", "dev.psdm.assertj..")
                .check(CLASSES);
    }
}
