package dev.psdm.examples.embedded;

import dev.psdm.engine.PsdmEngine;
import dev.psdm.model.json.SnapshotJson;
import dev.psdm.report.Report;
import dev.psdm.report.Status;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 28 item 11: this module depends on psdm-rules alone, as an embedder who runs only the bundled,
 * precompiled catalog does; the Drools DRL compiler (drools-compiler, its parser, ANTLR, ecj, drools-mvel)
 * is not on its class path, and the catalog evaluates all the same. Custom DRL then fails with one message
 * that names the dependency to add.
 */
class WithoutDrlCompilerTest {

    @Test
    void theDrlCompilerIsNotOnTheClassPath() {
        for (String compilerClass : List.of("org.drools.compiler.kie.builder.impl.KieServicesImpl",
                "org.drools.drl.parser.DrlParser", "org.eclipse.jdt.internal.compiler.Compiler", "org.mvel2.MVEL",
                "org.antlr.v4.runtime.Parser", "com.github.javaparser.JavaParser", "com.thoughtworks.xstream.XStream")) {
            assertThatThrownBy(() -> Class.forName(compilerClass)).as(compilerClass)
                    .isInstanceOf(ClassNotFoundException.class);
        }
    }

    @Test
    void thePrecompiledCatalogEvaluatesWithoutIt() {
        Report report = PsdmEngine.builder().build()
                .evaluate(SnapshotJson.read(Path.of("..", "snapshots", "large-project.json")));

        assertThat(report.result("PSDM-RAID-002")).get().extracting(r -> r.status()).isEqualTo(Status.FAIL);
        assertThat(report.result("PSDM-IT0-001")).get().extracting(r -> r.status()).isEqualTo(Status.FAIL);
        assertThat(report.summary().pass()).isPositive();
        assertThat(report.summary().notEvaluated()).isZero();
    }

    @Test
    void customDrlWithoutTheCompilerSaysWhichDependencyToAdd() {
        PsdmEngine.Builder builder = PsdmEngine.builder().addDrl("""
                package acme;
                global dev.psdm.engine.Findings findings;
                rule "ACME-X-001" @id("ACME-X-001") when then end
                """);

        assertThatIllegalStateException().isThrownBy(builder::build)
                .withMessageStartingWith("custom DRL needs the Drools DRL compiler, which is not on the class path: "
                        + "add the dependency dev.psdm:psdm-drl");
        // and the engine without custom rules still builds afterwards: nothing was poisoned
        assertThat(PsdmEngine.builder().build().rules()).isNotEmpty();
    }
}
