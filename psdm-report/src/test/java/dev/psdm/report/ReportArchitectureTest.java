package dev.psdm.report;

import dev.psdm.model.testing.ModuleArchitectureTest;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

/**
 * psdm-report is the part a dashboard or a report merger uses alone: no Drools, no engine, no GitLab
 * client. Inside it, the report model is the bottom layer and every format, the baseline and the
 * catalog renderer build on it without knowing each other.
 */
class ReportArchitectureTest extends ModuleArchitectureTest {
    ReportArchitectureTest() {
        super("dev.psdm.report", "reading, merging and writing reports must not pull in a rule engine",
                "org.drools..", "org.kie..", "dev.psdm.engine..", "dev.psdm.rules..", "dev.psdm.gitlab..",
                "dev.psdm.cli..", "org.gitlab4j..");
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
                .check(moduleClasses());
    }
}
