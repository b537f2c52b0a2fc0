package dev.psdm.model.testing;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * What every module's architecture test checks over the module's own production classes: no package
 * cycle, and no dependency on what lies above it (docs/architecture.md: model ← report ← engine ← rules ← cli,
 * model ← gitlab-adapter ← cli). A module's test extends this, names its root package, what it must not
 * know and why, and adds its own rules over {@link #moduleClasses()}. psdm-cli's {@code ArchitectureTest} checks
 * the same directions once more across the whole class path.
 */
public abstract class ModuleArchitectureTest {
    /** Imported once per root package: JUnit makes an instance per test, an import costs seconds. */
    private static final Map<String, JavaClasses> IMPORTED = new ConcurrentHashMap<>();

    private final String rootPackage;
    private final String because;
    private final List<String> forbidden;

    /**
     * @param rootPackage the module's root package, e.g. {@code dev.psdm.report}
     * @param because     why the module must not know the forbidden packages (said when it does)
     * @param forbidden   the packages above the module, as ArchUnit package identifiers ({@code dev.psdm.cli..})
     */
    protected ModuleArchitectureTest(String rootPackage, String because, String... forbidden) {
        this.rootPackage = rootPackage;
        this.because = because;
        this.forbidden = List.of(forbidden);
    }

    /** The module's production classes (tests left out). */
    protected final JavaClasses moduleClasses() {
        return IMPORTED.computeIfAbsent(rootPackage, root -> importer().importPackages(root));
    }

    /** The importer; a module with generated code to leave out adds an option. */
    protected ClassFileImporter importer() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS);
    }

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("dev.psdm.(**)").should().beFreeOfCycles().check(moduleClasses());
    }

    @Test
    void knowsNothingAbove() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(forbidden.toArray(String[]::new))
                .because(because).check(moduleClasses());
    }
}
