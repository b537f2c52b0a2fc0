package dev.psdm.assertj;

import dev.psdm.engine.PsdmEngine;
import org.junit.jupiter.api.Test;

import static dev.psdm.assertj.PsdmAssertions.assertThatIllegalStateException;

/**
 * Issue 28 item 5: with psdm-assertj alone (this module's test class path has no rule catalog), the first
 * verifier gave ExceptionInInitializerError and every later one NoClassDefFoundError. Now each says what to add.
 */
class MissingCatalogTest {

    @Test
    void everyAttemptSaysWhichDependencyToAdd() {
        for (int attempt = 0; attempt < 3; attempt++) {
            assertThatIllegalStateException().isThrownBy(() -> RuleVerifier.forRule("PSDM-WGT-001"))
                    .withMessageContaining("no rule catalog on the class path")
                    .withMessageContaining("add the dependency dev.psdm:psdm-rules");
            assertThatIllegalStateException().isThrownBy(() -> PsdmEngine.builder().build())
                    .withMessageContaining("add the dependency dev.psdm:psdm-rules");
        }
    }
}
