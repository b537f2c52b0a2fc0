package dev.psdm.cli;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Dependencies point one way: model ← rules ← cli and model ← gitlab-adapter ← cli. The model knows
 * no Drools and no gitlab4j; the rules know no gitlab4j; nothing depends on the cli.
 */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.psdm");
    }

    @Test
    void modelDependsOnNeitherDroolsNorGitLabNorOtherModules() {
        noClasses().that().resideInAPackage("dev.psdm.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..", "org.gitlab4j..",
                        "dev.psdm.rules..", "dev.psdm.gitlab..", "dev.psdm.cli..", "dev.psdm.assertj..")
                .because("the fact model is shared by every module and must stay free of engines and clients")
                .check(classes);
    }

    @Test
    void rulesKnowNoGitLabClient() {
        noClasses().that().resideInAPackage("dev.psdm.rules..")
                .should().dependOnClassesThat().resideInAnyPackage("org.gitlab4j..", "dev.psdm.gitlab..",
                        "dev.psdm.cli..", "dev.psdm.assertj..")
                .because("rules work on snapshots, wherever they came from")
                .check(classes);
    }

    @Test
    void gitLabAdapterKnowsNoRules() {
        noClasses().that().resideInAPackage("dev.psdm.gitlab..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.psdm.rules..", "org.kie..", "org.drools..",
                        "dev.psdm.cli..")
                .allowEmptyShould(true)
                .because("the adapter only turns GitLab into a snapshot")
                .check(classes);
    }

    @Test
    void nothingDependsOnTheCli() {
        noClasses().that().resideOutsideOfPackage("dev.psdm.cli..")
                .should().dependOnClassesThat().resideInAPackage("dev.psdm.cli..")
                .check(classes);
    }
}
