package dev.psdm.assertj;

import dev.psdm.model.testing.ModuleArchitectureTest;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.conditions.ArchConditions.be;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/** The test kit builds on the engine and the report model; it never reaches the CLI, the GitLab client or the bundled catalog (whose tests use it). */
class AssertjArchitectureTest extends ModuleArchitectureTest {
    AssertjArchitectureTest() {
        super("dev.psdm.assertj", "the bundled catalog's tests use the test kit, which tests rules on snapshots",
                "dev.psdm.cli..", "dev.psdm.gitlab..", "org.gitlab4j..", "dev.psdm.rules..");
    }

    @Test
    void theTestKitIsNullMarked() {
        classes().that().arePublic()
                .should(be(describe("in a @NullMarked package", c -> c.getPackage().isAnnotatedWith(NullMarked.class))))
                .because("test authors read a type without @Nullable as never null")
                .check(moduleClasses());
    }
}
