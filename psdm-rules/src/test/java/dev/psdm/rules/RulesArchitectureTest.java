package dev.psdm.rules;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The bundled catalog (its DRL's executable model and the Java helpers beside it) builds on the engine's facts and conventions; it knows no GitLab client and no front end. */
class RulesArchitectureTest {
    // kie-maven-plugin's executable model (Rules<hash>*, P<hex>/ lambda packages, metadata classes) is
    // generated, not ours to shape, and cross-references its own packages by design: only the Java we write
    private static final Pattern GENERATED = Pattern.compile(
            "/dev/psdm/rules/catalog/.*(/P[0-9A-F]{2}/|/Rules[0-9a-f]{32}|DomainClassesMetadata|/[A-Za-z]*Metadata[0-9a-f]{32})");
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !GENERATED.matcher(location.toString()).find())
            .importPackages("dev.psdm.rules");

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("dev.psdm.(**)").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void dependsOnlyOnTheModulesBelow() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("dev.psdm.cli..", "dev.psdm.gitlab..", "org.gitlab4j..", "dev.psdm.assertj..")
                .check(CLASSES);
    }
}
