package dev.psdm.cli;

import dev.psdm.engine.PsdmEngine;
import dev.psdm.report.RuleDescriptor;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RulesCommandTest {
    /**
     * Every id the engine loads from the catalog on the class path; which ids that must be is the
     * catalog's business ({@code CatalogContractTest} in psdm-rules), so a new rule edits nothing here.
     */
    static final List<String> CATALOG = PsdmEngine.builder().build().rules().stream().map(RuleDescriptor::id).toList();

    @Test
    void everyFormatListsEveryIdOfTheCatalog() {
        assertThat(CATALOG).as("the bundled catalog is on the CLI's class path").isNotEmpty();
        for (String format : List.of("text", "markdown", "json")) {
            CliRun run = CliRun.of("rules", "--format", format);
            assertThat(run.exitCode()).isZero();
            for (String id : CATALOG) {
                assertThat(run.out()).as("%s in --format %s", id, format).contains(id);
            }
        }
    }

    @Test
    void textListsOneRulePerLineAndNothingElse() {
        String[] lines = CliRun.of("rules").out().split("\\R");
        assertThat(lines).hasSize(CATALOG.size() + 1);
    }

    @Test
    void markdownLinksEachRuleToItsPage() {
        assertThat(CliRun.of("rules", "--format", "markdown").out())
                .contains("[PSDM-CLOSE-001](" + VersionProvider.ruleDocsUrl() + "PSDM-CLOSE-001.md)");
    }

    private static final String TEAM = """
            labels:
              raid: [Risks]
            rules:
              PSDM-RAID-002: {enabled: false}
              PSDM-WGT-001: {severity: ERROR}
            """;

    /** A rule's row of the text table, split at its columns: id, enabled, severity, default. */
    private static List<String> row(String out, String ruleId) {
        String line = out.lines().filter(l -> l.startsWith(ruleId + " ")).findFirst().orElseThrow();
        return Arrays.asList(line.trim().split("\\s+")).subList(0, 4);
    }

    /**
     * Issue 25 item 6, in a real process: {@code psdm rules --config F} shows the configuration a check with F
     * runs: the sentence every report opens with, each rule's state and effective severity beside its default,
     * and the settings that differ from the defaults with both values.
     */
    @Test
    void configShowsEachRulesEffectiveStateAndTheSettingsThatDiffer(@TempDir Path dir) throws IOException {
        Path team = Files.writeString(dir.resolve("team.yml"), TEAM);
        var run = PsdmProcess.psdm().run("rules", "--config", team.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Conventions: " + team + "; " + (CATALOG.size() - 1) + " of " + CATALOG.size()
                + " rules run (switched off: PSDM-RAID-002); severity changed: PSDM-WGT-001 warning \u2192 error.\n");
        assertThat(row(run.out(), "PSDM-RAID-002")).containsExactly("PSDM-RAID-002", "no", "-", "WARNING");
        assertThat(row(run.out(), "PSDM-WGT-001")).containsExactly("PSDM-WGT-001", "yes", "ERROR", "WARNING");
        assertThat(row(run.out(), "PSDM-IT0-001")).containsExactly("PSDM-IT0-001", "yes", "ERROR", "ERROR");
        for (String id : CATALOG) {
            assertThat(run.out()).as(id).contains("\n" + id + " ");
        }
        assertThat(run.out()).contains("\nSettings that differ from the handbook's defaults:\n  labels.raid: ['Risks']  (default: ['PS RAID Log', 'PS Risk'])");

        JsonNode json = new ObjectMapper().readTree(CliRun.of("rules", "--config", team.toString(), "--format", "json").out());
        assertThat(json.get("conventions").get("disabledRules").toString()).isEqualTo("[\"PSDM-RAID-002\"]");
        assertThat(json.get("rules")).hasSize(CATALOG.size());
        JsonNode wgt = json.get("rules").findParents("id").stream().filter(r -> r.get("id").asText().equals("PSDM-WGT-001"))
                .findFirst().orElseThrow();
        assertThat(wgt.get("enabled").asBoolean()).isTrue();
        assertThat(wgt.get("severity").asText()).isEqualTo("ERROR");
        assertThat(wgt.get("defaultSeverity").asText()).isEqualTo("WARNING");
        assertThat(json.get("settings").get(0).get("key").asText()).isEqualTo("labels.raid");
        assertThat(json.get("settings")).hasSize(1);

        assertThat(CliRun.of("rules", "--config", team.toString(), "--format", "markdown").out())
                .contains("| PSDM-RAID-002 | RAID items are kept current | **no** |  | WARNING |")
                .contains("| `labels.raid` | `['Risks']` | `['PS RAID Log', 'PS Risk']` |");
    }

    @Test
    void configOfOneRuleAndOfTheDefaults(@TempDir Path dir) throws IOException {
        Path team = Files.writeString(dir.resolve("team.yml"), TEAM);
        CliRun one = CliRun.of("rules", "PSDM-WGT-001", "--config", team.toString());
        assertThat(one.out().lines().filter(l -> l.startsWith("PSDM-")).toList()).hasSize(1);
        assertThat(one.out()).as("the headline still counts the whole catalog")
                .contains((CATALOG.size() - 1) + " of " + CATALOG.size() + " rules run");

        Path defaults = Files.writeString(dir.resolve("defaults.yml"), CliRun.of("config", "--print-defaults").out());
        CliRun run = CliRun.of("rules", "--config", defaults.toString());
        assertThat(run.out()).startsWith("Conventions: " + defaults + "; all " + CATALOG.size() + " rules run at their own severity.\n")
                .contains("\nEvery setting has the handbook's default.\n");
    }

    @Test
    void configWithAnUnknownRuleIsOneLineAndExitTwo(@TempDir Path dir) throws IOException {
        Path team = Files.writeString(dir.resolve("team.yml"), "rules:\n  PSDM-NOPE-001: {enabled: false}\n");
        CliRun run = CliRun.of("rules", "--config", team.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(run.err().strip()).contains("PSDM-NOPE-001").doesNotContain("\n");
    }
}
