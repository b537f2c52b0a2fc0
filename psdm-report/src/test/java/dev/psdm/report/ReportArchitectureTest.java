package dev.psdm.report;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * psdm-report is the part a dashboard or a report merger uses alone: no Drools, no engine, no GitLab
 * client. Inside it, the report model is the bottom layer and every format, the baseline and the
 * catalog renderer build on it without knowing each other.
 */
class ReportArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.psdm.report");

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("dev.psdm.(**)").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void knowsNoEngineAndNoGitLab() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.drools..", "org.kie..",
                        "dev.psdm.engine..", "dev.psdm.rules..", "dev.psdm.gitlab..", "dev.psdm.cli..", "org.gitlab4j..")
                .because("reading, merging and writing reports must not pull in a rule engine")
                .check(CLASSES);
    }

    @Test
    void formatsBaselineAndCatalogBuildOnTheModelOnly() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Model").definedBy("dev.psdm.report")
                .layer("Json").definedBy("dev.psdm.report.json..")
                .layer("Formats").definedBy("dev.psdm.report.format..")
                .layer("Baseline").definedBy("dev.psdm.report.baseline..")
                .layer("Catalog").definedBy("dev.psdm.report.catalog..")
                .whereLayer("Formats").mayNotBeAccessedByAnyLayer()
                .whereLayer("Baseline").mayNotBeAccessedByAnyLayer()
                .whereLayer("Catalog").mayNotBeAccessedByAnyLayer()
                .whereLayer("Json").mayOnlyBeAccessedByLayers("Formats", "Baseline", "Catalog")
                .whereLayer("Model").mayOnlyBeAccessedByLayers("Json", "Formats", "Baseline", "Catalog")
                .check(CLASSES);
    }
}
