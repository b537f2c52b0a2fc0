package dev.psdm.engine;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public API of psdm-engine is the documented one (docs/embedding.md, docs/writing-rules.md) and
 * nothing more: the engine and its options, what DRL authors use (facts, conventions, findings) and what
 * catalogs extend (derive: derivers and their providers, experimental), and {@code DataPeriod}, the as-of guard
 * {@code psdm check} applies (issue 25 item 7) for embedders who want the same refusal.
 * {@code internal} is public only for the engine's own use. The report model it returns is psdm-report's.
 */
class PublicApiTest {
    private static final String ROOT = "dev.psdm.engine";
    private static final String[] API_PACKAGES = {ROOT, ROOT + ".conventions", ROOT + ".facts", ROOT + ".derive",
            ROOT + ".internal"};

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void publicTypesLiveInTheApiPackages() {
        classes().that().arePublic().and().areTopLevelClasses().should().resideInAnyPackage(API_PACKAGES)
                .check(CLASSES);
    }

    @Test
    void theEnginePackageExposesOnlyTheEmbeddingApi() {
        Set<String> exposed = new TreeSet<>();
        for (JavaClass c : CLASSES) {
            if (c.getPackageName().equals(ROOT) && isExported(c)) {
                exposed.add(c.getName().substring(ROOT.length() + 1));
            }
        }
        assertThat(exposed).containsExactly("DataPeriod", "EvaluationOptions", "Findings", "InvalidRulesException",
                "InvalidRulesException$Problem", "PsdmEngine", "PsdmEngine$Builder", "RuleFailedException",
                "RuleTimeoutException");
    }

    @Test
    void rulesReportOnlyThroughTheEnginesFindings() {
        JavaClass findings = CLASSES.get(Findings.class);
        assertThat(findings.getConstructors()).noneMatch(c -> c.getModifiers().contains(JavaModifier.PUBLIC));
    }

    @Test
    void noPublicSignatureLeaksInternalOrDroolsTypes() {
        List<String> leaks = new ArrayList<>();
        for (JavaClass c : CLASSES) {
            if (!isExported(c) || c.getPackageName().startsWith(ROOT + ".internal")) {
                continue;
            }
            for (JavaCodeUnit unit : c.getCodeUnits()) {
                if (unit.getModifiers().contains(JavaModifier.PUBLIC)) {
                    List<JavaClass> types = new ArrayList<>(unit.getReturnType().getAllInvolvedRawTypes());
                    unit.getParameterTypes().forEach(p -> types.addAll(p.getAllInvolvedRawTypes()));
                    types.stream().filter(PublicApiTest::isHidden).forEach(t -> leaks.add(unit.getFullName() + " uses " + t.getName()));
                }
            }
            for (JavaField field : c.getFields()) {
                if (field.getModifiers().contains(JavaModifier.PUBLIC)) {
                    field.getType().getAllInvolvedRawTypes().stream().filter(PublicApiTest::isHidden)
                            .forEach(t -> leaks.add(field.getFullName() + " uses " + t.getName()));
                }
            }
        }
        assertThat(leaks).isEmpty();
    }

    private static boolean isExported(JavaClass c) {
        for (JavaClass k = c; k != null; k = k.getEnclosingClass().orElse(null)) {
            if (!k.getModifiers().contains(JavaModifier.PUBLIC)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHidden(JavaClass type) {
        String name = type.getName();
        return name.startsWith(ROOT + ".internal.") || name.startsWith("org.kie.") || name.startsWith("org.drools.")
                || (type.getPackageName().startsWith(ROOT) && !type.isPrimitive() && !isExported(type));
    }
}
