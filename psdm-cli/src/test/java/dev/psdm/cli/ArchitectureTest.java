package dev.psdm.cli;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Dependencies point one way across the modules: model ← report ← engine ← rules ← cli and
 * model ← gitlab-adapter ← cli (docs/architecture.md). The model knows no Drools and no gitlab4j, the
 * report no Drools, the engine and rules no gitlab4j; nothing depends on the cli. Checked here, on the
 * class path that holds every module, and module by module in each module's own architecture test.
 */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        // the other modules' test jars (shared test helpers) are on this class path too: tests, not the product
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("dev.psdm");
    }

    @Test
    void modelDependsOnNeitherDroolsNorGitLabNorOtherModules() {
        noClasses().that().resideInAPackage("dev.psdm.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..", "org.gitlab4j..",
                        "dev.psdm.report..", "dev.psdm.engine..", "dev.psdm.rules..", "dev.psdm.gitlab..", "dev.psdm.cli..",
                        "dev.psdm.assertj..")
                .because("the fact model is shared by every module and must stay free of engines and clients")
                .check(classes);
    }

    @Test
    void rulesKnowNoGitLabClient() {
        noClasses().that().resideInAnyPackage("dev.psdm.report..", "dev.psdm.engine..", "dev.psdm.rules..")
                .should().dependOnClassesThat().resideInAnyPackage("org.gitlab4j..", "dev.psdm.gitlab..",
                        "dev.psdm.cli..", "dev.psdm.assertj..")
                .because("rules work on snapshots, wherever they came from")
                .check(classes);
    }

    @Test
    void gitLabAdapterKnowsNoRules() {
        noClasses().that().resideInAPackage("dev.psdm.gitlab..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.psdm.engine..", "dev.psdm.rules..", "org.kie..", "org.drools..",
                        "dev.psdm.cli..")
                .allowEmptyShould(true)
                .because("the adapter only turns GitLab into a snapshot")
                .check(classes);
    }

    @Test
    void reportKnowsNoEngine() {
        noClasses().that().resideInAPackage("dev.psdm.report..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.psdm.engine..", "dev.psdm.rules..", "org.kie..",
                        "org.drools..")
                .because("a report reader or dashboard depends on psdm-report alone")
                .check(classes);
    }

    @Test
    void modulesAreFreeOfCycles() {
        slices().matching("dev.psdm.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void nothingDependsOnTheCli() {
        noClasses().that().resideOutsideOfPackage("dev.psdm.cli..")
                .should().dependOnClassesThat().resideInAPackage("dev.psdm.cli..")
                .check(classes);
    }
}
