package dev.psdm.cli;

import dev.psdm.model.json.SnapshotJson;
import dev.psdm.engine.EvaluationOptions;
import dev.psdm.engine.PsdmEngine;
import dev.psdm.engine.conventions.Conventions;
import dev.psdm.report.format.JsonReportWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ConventionsCliTest {
    /** The bundled catalog's size: what "n of N rules run" counts. */
    private static final int RULES = PsdmEngine.builder().build().rules().size();

    @TempDir
    Path dir;

    private Path small() throws IOException {
        Path copy = dir.resolve("small-project.json");
        Files.copy(SamplesTest.SAMPLES.resolve("small-project.json"), copy);
        return copy;
    }

    /**
     * Issue 26 item 5: the printed file lands in a team's project, where "docs/conventions.md" leads
     * nowhere; the page is linked absolutely: where the build was told (psdm-check's pipeline passes
     * -Dpsdm.docs.url), else this version's page in psdm-check's project (the same base as the rule pages).
     */
    @Test
    void printedDefaultsLinkTheConventionsPageAbsolutely() throws IOException {
        String url = "https://gitlab.example.com/tools/psdm-check/-/blob/v0.2.0/docs/";
        String linked = ConfigCommand.defaults(url);
        assertThat(linked).contains("\n# Reference: " + url + "conventions.md\n").doesNotContain(ConfigCommand.REFERENCE);
        assertThat(ConfigCommand.defaults(null)).contains(ConfigCommand.REFERENCE + "\n")
                .isEqualTo(linked.replace(url, "docs/"));
        Path file = Files.writeString(dir.resolve(".psdm.yml"), linked);
        assertThat(dev.psdm.engine.conventions.ConventionsYaml.differencesFromDefaults(Conventions.load(file))).isEmpty();
        // this test build was not told (psdm.docs.url is empty): psdm-check's project, main for a -SNAPSHOT
        assertThat(VersionProvider.docsUrl()).isEqualTo("https://gitlab.com/psdm-check/psdm-check/-/blob/main/docs/");
        assertThat(CliRun.of("config", "--print-defaults").out())
                .contains("\n# Reference: https://gitlab.com/psdm-check/psdm-check/-/blob/main/docs/conventions.md\n")
                .doesNotContain(ConfigCommand.REFERENCE);
    }

    @Test
    void printedDefaultsLoadBackAndCheckExactlyLikeTheDefaults() throws IOException {
        CliRun printed = CliRun.of("config", "--print-defaults");
        assertThat(printed.exitCode()).isZero();
        Path file = Files.writeString(dir.resolve(".psdm.yml"), printed.out());

        Conventions loaded = Conventions.load(file);
        for (String sample : List.of("large-project.json", "small-project.json")) {
            var snapshot = SnapshotJson.read(SamplesTest.SAMPLES.resolve(sample));
            // the reports differ only in naming where the conventions came from (the file, the defaults)
            String withDefaults = new JsonReportWriter().render(PsdmEngine.builder().build()
                    .evaluate(snapshot, EvaluationOptions.defaults()).withConventions(null));
            String withLoaded = new JsonReportWriter().render(PsdmEngine.builder().conventions(loaded).build()
                    .evaluate(snapshot, EvaluationOptions.defaults()).withConventions(null));
            assertThat(withLoaded).as(sample).isEqualTo(withDefaults);
        }
        assertThat(CliRun.of("config", "--check", file.toString()).out())
                .isEqualTo(file + " is valid (0 settings differ from the defaults)\n");
    }

    @Test
    void configCheckSaysHowManySettingsDifferInOneLine() throws IOException {
        // it echoed the whole 126-line file back (issue 26 item 5)
        Path file = Files.writeString(dir.resolve("team.yml"), """
                labels:
                  raid: ['Risk']
                thresholds:
                  raidStaleDays: 21
                rules:
                  PSDM-WGT-002: {enabled: false}
                """);
        CliRun run = CliRun.of("config", "--check", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo(file + " is valid (3 settings differ from the defaults)\n");
    }

    /** Issue 30: the publish: section is printed, checked and refused like every other. */
    @Test
    void configPrintsAndChecksThePublishSection() throws IOException {
        assertThat(CliRun.of("config", "--print-defaults").out()).contains("\npublish:\n").contains("\n  assignee: ''\n")
                .contains("\n  confidential: false\n").contains("\n  remind: []\n").contains("\n  maxNotes: 20\n");
        Path team = Files.writeString(dir.resolve("team.yml"),
                "publish:\n  assignee: pm-jane\n  confidential: true\n  remind: [PSDM-RAID-002]\n");
        assertThat(CliRun.of("config", "--check", team.toString()).out())
                .isEqualTo(team + " is valid (3 settings differ from the defaults)\n");

        Path labels = Files.writeString(dir.resolve("labels.yml"), "publish:\n  postureLabels: ['ok', 'failing']\n");
        CliRun badLabels = CliRun.of("config", "--check", labels.toString());
        assertThat(badLabels.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(badLabels.err()).isEqualTo("psdm: " + labels + ":2: publish.postureLabels: expected 3 different label"
                + " names (compliant, at risk, failing), got 2 labels" + System.lineSeparator());
        Path rule = Files.writeString(dir.resolve("rule.yml"), "publish:\n  remind: [PSDM-NOPE-001]\n");
        CliRun badRule = CliRun.of("config", "--check", rule.toString());
        assertThat(badRule.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(badRule.err()).isEqualTo("psdm: " + rule + ":2: publish.remind: unknown rule id 'PSDM-NOPE-001'"
                + " (psdm rules lists the ids)" + System.lineSeparator());
    }

    @Test
    void conventionsNextToTheSnapshotApply() throws IOException {
        Path snapshot = small();
        assertThat(CliRun.of("check", "--snapshot", snapshot.toString()).exitCode()).isZero();

        // this team calls its RAID log "Risks": the sample's 'PS RAID Log' issues no longer count
        Files.writeString(dir.resolve(".psdm.yml"), "labels:\n  raid: [Risks]\n");
        CliRun run = CliRun.of("check", "--snapshot", snapshot.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(run.out()).contains("FAIL  PSDM-RAID-001");
    }

    @Test
    void configOptionWinsOverTheFileNextToTheSnapshot() throws IOException {
        Path snapshot = small();
        Files.writeString(dir.resolve(".psdm.yml"), "labels:\n  raid: [Risks]\n");
        Path other = Files.writeString(dir.resolve("team.yml"), "rules:\n  PSDM-RET-001: {enabled: false}\n");
        CliRun run = CliRun.of("check", "--snapshot", snapshot.toString(), "--config", other.toString());
        assertThat(run.exitCode()).isZero();
        // switched off: no result, only named among what the conventions changed (issue 25 item 6)
        assertThat(run.out()).contains("Conventions: " + other + "; " + (RULES - 1) + " of " + RULES + " rules run (switched off: PSDM-RET-001)")
                .doesNotContain("PSDM-RET-001 ").doesNotContain("PSDM-RET-001,").doesNotContain("PSDM-RET-001\n");
    }

    /**
     * Issue 25 item 6, in a real process as CI runs it: a .psdm.yml found next to the snapshot is named (as
     * the user named the snapshot's directory, not the runner's absolute path) with what it switched off and
     * re-severitied, in every format; the counts add up to the whole catalog.
     */
    @Test
    void everyFormatNamesTheConventionsFoundNextToTheSnapshotAndWhatTheyChanged() throws IOException {
        Files.createDirectories(dir.resolve("snapshots"));
        Files.copy(SamplesTest.SAMPLES.resolve("large-project.json"), dir.resolve("snapshots/large-project.json"));
        Files.writeString(dir.resolve("snapshots/.psdm.yml"),
                "rules:\n  PSDM-RAID-002: {enabled: false}\n  PSDM-WGT-001: {severity: ERROR}\n");
        var result = PsdmProcess.psdm().in(dir).run("check", "--snapshot", "snapshots/large-project.json",
                "--format", "text,markdown=r.md,html=r.html,junit=r.xml,sarif=r.sarif,json=r.json");
        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.FAILED);

        String sentence = "snapshots/.psdm.yml; " + (RULES - 1) + " of " + RULES + " rules run (switched off: PSDM-RAID-002); severity changed:"
                + " PSDM-WGT-001 warning \u2192 error";
        assertThat(result.out()).contains("\nConventions: " + sentence + ".\n")
                .doesNotContain("FAIL  PSDM-RAID-002").contains("FAIL  PSDM-WGT-001  Planned issues are weighted  [ERROR]");
        assertThat(Files.readString(dir.resolve("r.md"))).contains("Conventions: snapshots/.psdm.yml; " + (RULES - 1) + " of " + RULES + " rules run");
        assertThat(Files.readString(dir.resolve("r.html"))).contains("<dt>Conventions</dt><dd>" + sentence + "</dd>");
        assertThat(Files.readString(dir.resolve("r.xml"))).contains("<property name=\"conventions\" value=\"" + sentence + "\"/>");
        assertThat(Files.readString(dir.resolve("r.sarif"))).contains("\"ruleConfigurationOverrides\"")
                .contains("\"enabled\" : false");
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(dir.resolve("r.json").toFile());
        assertThat(json.get("conventions").get("file").asText()).isEqualTo("snapshots/.psdm.yml");
        assertThat(json.get("conventions").get("disabledRules").toString()).isEqualTo("[\"PSDM-RAID-002\"]");
        var summary = json.get("summary");
        assertThat(summary.get("pass").asInt() + summary.get("fail").asInt() + summary.get("notApplicable").asInt()
                + summary.get("notEvaluated").asInt() + summary.path("waived").asInt() + 1).as("with the switched-off rule")
                .isEqualTo(RULES);

        var defaults = PsdmProcess.psdm().in(dir).run("check", "--snapshot", SamplesTest.SAMPLES.resolve("small-project.json")
                .toAbsolutePath().toString());
        assertThat(defaults.out()).contains("\nConventions: handbook defaults; all " + RULES + " rules run at their own severity.\n");
    }

    @Test
    void brokenConventionsFileIsOneLineWithFileLineAndKeyAndExitTwo() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.yml"), "thresholds:\n  maxWeight: 5\n  raidStaleDay: 10\n");
        CliRun run = CliRun.of("check", "--snapshot", small().toString(), "--config", bad.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(run.err()).startsWith("psdm: " + bad + ":3: thresholds.raidStaleDay: unknown key")
                .hasLineCount(1);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void unknownRuleIdInTheConventionsIsOneLineWithItsLine() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.yml"), "rules:\n  PSDM-NOPE-001: {enabled: false}\n");
        CliRun run = CliRun.of("check", "--snapshot", small().toString(), "--config", bad.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(run.err()).isEqualTo("psdm: " + bad + ":2: rules.PSDM-NOPE-001: unknown rule id 'PSDM-NOPE-001'"
                + " (psdm rules lists the ids)" + System.lineSeparator());
        assertThat(CliRun.of("config", "--check", bad.toString()).exitCode()).isEqualTo(ExitCode.ERROR);
    }

    @Test
    void missingConfigFileIsAUserError() throws IOException {
        CliRun run = CliRun.of("check", "--snapshot", small().toString(), "--config", dir.resolve("nope.yml").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(run.err()).contains("nope.yml: no such file").hasLineCount(1);
    }
}
