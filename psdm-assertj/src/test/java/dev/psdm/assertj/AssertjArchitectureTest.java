package dev.psdm.assertj;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.conditions.ArchConditions.be;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The test kit builds on the engine and the report model; it never reaches the CLI, the GitLab client or the bundled catalog (whose tests use it). */
class AssertjArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.psdm.assertj");

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("dev.psdm.(**)").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void dependsOnlyOnTheModulesBelow() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("dev.psdm.cli..", "dev.psdm.gitlab..", "org.gitlab4j..", "dev.psdm.rules..")
                .check(CLASSES);
    }

    @Test
    void theTestKitIsNullMarked() {
        classes().that().arePublic()
                .should(be(describe("in a @NullMarked package", c -> c.getPackage().isAnnotatedWith(NullMarked.class))))
                .because("test authors read a type without @Nullable as never null")
                .check(CLASSES);
    }
}
