package dev.psdm.gitlab;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import dev.psdm.model.testing.ModuleArchitectureTest;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

/** model ← gitlab-adapter ← cli: the adapter knows the model and gitlab4j, never the rules or the CLI. */
class AdapterArchitectureTest extends ModuleArchitectureTest {
    AdapterArchitectureTest() {
        super("dev.psdm.gitlab", "dependencies point one way: model <- gitlab-adapter <- cli",
                "dev.psdm.rules..", "dev.psdm.engine..", "dev.psdm.report..", "dev.psdm.cli..");
    }

    @Test
    void publicApiDoesNotExposeGitlab4jTypes() {
        methods().that().arePublic().and().areDeclaredInClassesThat().arePublic()
                .and().areDeclaredInClassesThat().resideInAPackage("dev.psdm.gitlab")
                .should().haveRawReturnType(DescribedPredicate.describe("not a gitlab4j or Jersey type",
                        (JavaClass c) -> !c.getPackageName().startsWith("org.gitlab4j")
                                && !c.getPackageName().startsWith("jakarta.ws")))
                .because("callers get psdm's model; gitlab4j stays an implementation detail")
                .check(moduleClasses());
    }
}
