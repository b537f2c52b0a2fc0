package dev.psdm.bench;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The benchmarks measure the library from the outside: nothing in them is part of an engine's internals. */
class BenchArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.psdm.bench");

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("dev.psdm.(**)").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void dependsOnlyOnTheModulesBelow() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("dev.psdm.engine.internal..")
                .check(CLASSES);
    }
}
