package dev.psdm.gitlab;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** model ← gitlab-adapter ← cli: the adapter knows the model and gitlab4j, never the rules or the CLI. */
class AdapterArchitectureTest {
    private static final JavaClasses ADAPTER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.psdm.gitlab");

    @Test
    void adapterDoesNotDependOnRulesOrCli() {
        noClasses().that().resideInAPackage("dev.psdm.gitlab..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.psdm.rules..", "dev.psdm.engine..", "dev.psdm.report..",
                        "dev.psdm.cli..")
                .because("dependencies point one way: model <- gitlab-adapter <- cli")
                .check(ADAPTER);
    }

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("dev.psdm.(**)").should().beFreeOfCycles().check(ADAPTER);
    }

    @Test
    void publicApiDoesNotExposeGitlab4jTypes() {
        methods().that().arePublic().and().areDeclaredInClassesThat().arePublic()
                .and().areDeclaredInClassesThat().resideInAPackage("dev.psdm.gitlab")
                .should().haveRawReturnType(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "not a gitlab4j or Jersey type",
                        (com.tngtech.archunit.core.domain.JavaClass c) -> !c.getPackageName().startsWith("org.gitlab4j")
                                && !c.getPackageName().startsWith("jakarta.ws")))
                .because("callers get psdm's model; gitlab4j stays an implementation detail")
                .check(ADAPTER);
    }
}
