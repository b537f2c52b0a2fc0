package dev.psdm.engine;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.apiguardian.api.API;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.conditions.ArchConditions.be;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * What a user of the embedding API may rely on: every package of psdm-model, psdm-report and the
 * engine is either API, null-marked (JSpecify: a type is non-null unless it says {@code @Nullable}),
 * or internal, marked {@code @API(status = INTERNAL)} (apiguardian). A new package must say which.
 */
class ApiAnnotationsTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // the modules' test-jars (shared test support such as psdm-model's architecture test) are not API
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("dev.psdm.model", "dev.psdm.report", "dev.psdm.engine");

    private static final String[] INTERNAL = {"dev.psdm.engine.internal.."};

    private static final DescribedPredicate<JavaClass> IN_A_NULL_MARKED_PACKAGE =
            DescribedPredicate.describe("in a @NullMarked package", c -> c.getPackage().isAnnotatedWith(NullMarked.class));

    private static final DescribedPredicate<JavaClass> IN_AN_INTERNAL_PACKAGE =
            DescribedPredicate.describe("in a package marked @API(status = INTERNAL)", c -> isInternal(c.getPackage()));

    private static boolean isInternal(JavaPackage pkg) {
        return pkg.tryGetAnnotationOfType(API.class).map(api -> api.status() == API.Status.INTERNAL).orElse(false);
    }

    @Test
    void everyApiPackageIsNullMarked() {
        classes().that().arePublic().and().resideOutsideOfPackages(INTERNAL)
                .should(be(IN_A_NULL_MARKED_PACKAGE))
                .because("API users read a type without @Nullable as never null (add @NullMarked to the package-info)")
                .check(CLASSES);
    }

    @Test
    void internalPackagesSayTheyAreInternal() {
        classes().that().resideInAnyPackage(INTERNAL)
                .should(be(IN_AN_INTERNAL_PACKAGE))
                .because("public classes there are for the engine's own use and may change in any release")
                .check(CLASSES);
    }
}
