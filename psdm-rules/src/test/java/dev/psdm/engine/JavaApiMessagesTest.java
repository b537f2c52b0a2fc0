package dev.psdm.engine;

import dev.psdm.engine.conventions.Conventions;
import dev.psdm.report.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

/** Issue 28 items 7 and 8: mistakes made in Java are told in Java terms, naming the method that was meant. */
class JavaApiMessagesTest {

    @Test
    void aFileNameGivenAsDrlTextSaysWhichMethodWasMeant() {
        assertThatIllegalArgumentException().isThrownBy(() -> PsdmEngine.builder().addRules("src/team-rules.drl"))
                .withMessageContainingAll("addRules(String) takes DRL text, not a name", "addRules(Path.of(\"src/team-rules.drl\"))",
                        "addRulesFromClasspath(\"src/team-rules.drl\")", "addDrl(text)");
    }

    @Test
    void classPathResourcesAreFoundByNameAndAMissingOneIsNamed(@TempDir Path dir) throws IOException {
        PsdmEngine engine = PsdmEngine.builder().addRulesFromClasspath("dev/psdm/engine/custom/team-rules.drl").build();
        assertThat(engine.rules()).anyMatch(r -> r.id().startsWith("TEAM-"));

        assertThatIllegalArgumentException().isThrownBy(() -> PsdmEngine.builder().addRulesFromClasspath("nope/team.drl"))
                .withMessageStartingWith("addRulesFromClasspath(\"nope/team.drl\"): no such class-path resource")
                .withMessageContaining("named from the class-path root");
        Path file = Files.writeString(dir.resolve("team.drl"), "package team;");
        assertThatIllegalArgumentException().isThrownBy(() -> PsdmEngine.builder().addRulesFromClasspath(file.toString()))
                .withMessageContaining("it is a file: use addRules(Path.of(\"" + file + "\"))");
        assertThatNullPointerException().isThrownBy(() -> PsdmEngine.builder().addRules((java.net.URL) null))
                .withMessageContaining("Class.getResource returns null for a missing resource");
    }

    @Test
    void unknownRuleIdsNameTheJavaMethodAndEngineRules() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PsdmEngine.builder().severity("PSDM-NOPE-001", Severity.INFO).build())
                .withMessageStartingWith("severity(\"PSDM-NOPE-001\", ...): unknown rule id; engine.rules() lists");
        Conventions inCode = Conventions.defaults()
                .withRules(Map.of("PSDM-NOPE-002", new Conventions.RuleOverride(false, null)));
        assertThatIllegalArgumentException().isThrownBy(() -> PsdmEngine.builder().conventions(inCode).build())
                .withMessageContaining("conventions built in code; engine.rules() lists the ids");
        assertThatNullPointerException().isThrownBy(() -> EvaluationOptions.asOf(null))
                .withMessageStartingWith("EvaluationOptions.asOf(instant): instant is null");
    }
}
