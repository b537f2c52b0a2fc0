package dev.psdm.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.psdm.report.testing.OutputValidators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.psdm.cli.CliRunner.LARGE;
import static dev.psdm.cli.CliRunner.run;
import static org.assertj.core.api.Assertions.assertThat;

/** One {@code psdm check} writes every CI format, each to its own file, and each is valid. */
class CiFormatsTest {

    @Test
    void oneCheckWritesAllFormatsAndEachValidates(@TempDir Path dir) throws Exception {
        var result = run("check", "--snapshot", LARGE.toString(), "--format",
                "junit=" + dir.resolve("psdm-junit.xml") + ",codequality=" + dir.resolve("gl-code-quality-report.json")
                        + ",sarif=" + dir.resolve("psdm.sarif") + ",html=" + dir.resolve("psdm-report.html")
                        + ",markdown=" + dir.resolve("psdm-report.md") + ",json=" + dir.resolve("psdm-report.json") + ",text");

        assertThat(result.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(result.out()).startsWith("PSDM check of");
        assertThat(OutputValidators.junitProblems(Files.readString(dir.resolve("psdm-junit.xml")))).isEmpty();
        assertThat(OutputValidators.codeQualityProblems(Files.readString(dir.resolve("gl-code-quality-report.json")))).isEmpty();
        String sarif = Files.readString(dir.resolve("psdm.sarif"));
        assertThat(OutputValidators.sarifProblems(sarif)).isEmpty();
        JsonNode driver = new ObjectMapper().readTree(sarif).path("runs").get(0).path("tool").path("driver");
        assertThat(driver.path("version").asText()).as("the CLI's version").matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        assertThat(driver.path("rules")).as("the whole catalog, PSDM-CER-006 (not applicable) included")
                .hasSize(dev.psdm.engine.PsdmEngine.builder().build().rules().size());
        assertThat(Files.readString(dir.resolve("psdm-report.html"))).startsWith("<!DOCTYPE html>")
                .contains("href=\"" + VersionProvider.ruleDocsUrl() + "PSDM-RAID-002.md\"");
        assertThat(Files.readString(dir.resolve("psdm-report.md"))).startsWith("## PSDM check: Gate failed (error): 2 rules at or above error \u2014 exit 1.");
        assertThat(Files.readString(dir.resolve("psdm-report.json"))).contains("\"schema\" : \"psdm-report/1\"");
    }

    @Test
    void codeQualityPathAndRuleDocsUrlAreConfigurable() {
        String cq = run("check", "--snapshot", LARGE.toString(), "--format", "codequality", "--code-quality-path", "ops/.psdm.yml").out();
        assertThat(cq).contains("\"path\" : \"ops/.psdm.yml\"").doesNotContain("\"path\" : \".psdm.yml\"");

        String sarif = run("check", "--snapshot", LARGE.toString(), "--format", "sarif",
                "--rule-docs-url", "https://gitlab.example.com/tools/psdm-check/-/blob/main/docs/rules").out();
        assertThat(sarif).contains("\"helpUri\" : \"https://gitlab.example.com/tools/psdm-check/-/blob/main/docs/rules/PSDM-IT0-001.md\"");
        assertThat(OutputValidators.sarifProblems(sarif)).isEmpty();
    }
}
