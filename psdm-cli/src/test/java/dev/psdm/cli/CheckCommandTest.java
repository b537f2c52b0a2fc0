package dev.psdm.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.psdm.cli.CliRunner.LARGE;
import static dev.psdm.cli.CliRunner.SMALL;
import static dev.psdm.cli.CliRunner.run;
import static org.assertj.core.api.Assertions.assertThat;

class CheckCommandTest {

    @Test
    void largeSampleFailsWithThePlantedFindingsAndExitCodeOne() {
        var result = run("check", "--snapshot", LARGE.toString());
        assertThat(result.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(result.err()).isEmpty();
        assertThat(result.out())
                .startsWith("PSDM check of gitlab-com/gl-professional-services/customers/acme-corp/acme-collaboration as of 2026-05-15T12:00:00Z")
                .contains("Project size: LARGE (12 delivery iterations")
                .contains("FAIL  PSDM-IT0-001", "FAIL  PSDM-CER-001", "FAIL  PSDM-CER-002", "FAIL  PSDM-WGT-001",
                        "FAIL  PSDM-RAID-002")
                .contains("Iteration 4 (2026-02-16 – 2026-03-01) has no iteration planning record")
                .contains("Issue #69 ", "Issue #81 ", "RAID item #89 ", "High-priority RAID item #91 ")
                .contains("https://gitlab.com/gitlab-com/gl-professional-services/customers/acme-corp/acme-collaboration/-/issues/89");
    }

    @Test
    void smallSamplePassesWithExitCodeZero() {
        var result = run("check", "--snapshot", SMALL.toString());
        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(result.out()).contains("Gate passed (error): no failing requirement \u2014 exit 0.").contains("Project size: SMALL");
    }

    @Test
    void failOnDecidesWhichSeverityFailsTheRun() {
        assertThat(run("check", "--snapshot", LARGE.toString(), "--fail-on", "never").exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run("check", "--snapshot", LARGE.toString(), "--fail-on", "WARNING").exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(run("check", "--snapshot", SMALL.toString(), "--fail-on", "info").exitCode()).isEqualTo(ExitCode.OK);
    }

    @Test
    void asOfMovesTheClock() throws Exception {
        // a week earlier Iteration 10 had not started, so its unweighted issue #69 was upcoming and still flagged,
        // but RAID item #91 (updated 2026-05-06) did not exist yet as stale
        var result = run("check", "--snapshot", LARGE.toString(), "--as-of", "2026-05-08", "--format", "json");
        assertThat(result.out()).contains("\"asOf\" : \"2026-05-08T00:00:00Z\"");
        // #91 may appear as evidence (a RAID item that was current then); it must not be a finding
        JsonNode report = new ObjectMapper().readTree(result.out());
        for (JsonNode r : report.path("results")) {
            for (JsonNode finding : r.path("findings")) {
                assertThat(finding.path("subject").path("iid").asInt()).as("finding of %s", r.path("ruleId").asText())
                        .isNotEqualTo(91);
            }
        }
    }

    @Test
    void jsonReportFollowsTheContract() throws Exception {
        var result = run("check", "--snapshot", LARGE.toString(), "--format", "json");
        JsonNode report = new ObjectMapper().readTree(result.out());
        assertThat(report.path("schema").asText()).isEqualTo("psdm-report/1");
        assertThat(report.path("size").path("class").asText()).isEqualTo("LARGE");
        int failing = 0;
        for (JsonNode r : report.path("results")) {
            failing += r.path("status").asText().equals("FAIL") ? 1 : 0;
        }
        assertThat(report.path("summary").path("fail").asInt()).isEqualTo(failing).isGreaterThanOrEqualTo(5);
        JsonNode raid = null;
        for (JsonNode r : report.path("results")) {
            if (r.path("ruleId").asText().equals("PSDM-RAID-002")) {
                raid = r;
            }
        }
        assertThat(raid).isNotNull();
        assertThat(raid.path("status").asText()).isEqualTo("FAIL");
        assertThat(raid.path("severity").asText()).isEqualTo("ERROR");
        assertThat(raid.path("findings").get(0).path("subject").path("type").asText()).isEqualTo("issue");
        assertThat(raid.path("findings").get(0).path("subject").path("iid").asInt()).isEqualTo(89);
    }

    /** Issue 25 item 10: what a pipeline needs to file a report away, in the JSON. */
    @Test
    void jsonReportSaysWhatWroteItWhenTheDataWasReadAndWhatShapedIt(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        JsonNode plain = new ObjectMapper().readTree(run("check", "--snapshot", LARGE.toString(), "--format", "json",
                "--fail-on", "warning").out());
        assertThat(plain.path("tool").path("name").asText()).isEqualTo("psdm-check");
        assertThat(plain.path("tool").path("version").asText()).isEqualTo(VersionProvider.version()).isNotEqualTo("unknown");
        assertThat(plain.path("fetchedAt").asText()).isEqualTo(dev.psdm.model.json.SnapshotJson.read(LARGE).fetchedAt()
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
        assertThat(plain.path("audience").asText()).isEqualTo("internal");
        assertThat(plain.path("gate").path("failOn").asText()).isEqualTo("warning");
        assertThat(plain.path("gate").path("verdict").asText()).isEqualTo("failed");
        assertThat(plain.path("gate").path("failing").path("error").asInt()).isPositive();
        assertThat(plain.path("conventions").path("source").asText()).isEqualTo("defaults");

        Path config = java.nio.file.Files.writeString(dir.resolve("team.psdm.yml"),
                "rules:\n  PSDM-DRI-001:\n    enabled: false\n  PSDM-WGT-001:\n    severity: error\n");
        JsonNode configured = new ObjectMapper().readTree(run("check", "--snapshot", LARGE.toString(), "--format", "json",
                "--config", config.toString()).out());
        assertThat(configured.path("conventions").path("source").asText()).isEqualTo("file");
        assertThat(configured.path("conventions").path("file").asText()).isEqualTo(config.toString());
        assertThat(configured.path("conventions").path("disabledRules").toString()).isEqualTo("[\"PSDM-DRI-001\"]");
        assertThat(configured.path("conventions").path("severityChanges").toString())
                .isEqualTo("[{\"ruleId\":\"PSDM-WGT-001\",\"from\":\"WARNING\",\"to\":\"ERROR\"}]");
    }

    @Test
    void sameSnapshotAndAsOfGiveByteIdenticalReports() {
        String first = run("check", "--snapshot", LARGE.toString(), "--format", "json").out();
        String second = run("check", "--snapshot", LARGE.toString(), "--format", "json").out();
        assertThat(second).isEqualTo(first);
    }

    @Test
    void writesTheOutputFileAtomicallyAndLeavesNoTemporaryFiles(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("reports").resolve("psdm.json");
        var result = run("check", "--snapshot", LARGE.toString(), "--format", "text,json=" + dir.resolve("r.json"),
                "--output", out.toString());
        assertThat(result.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(result.out()).isEmpty();
        assertThat(Files.readString(out)).startsWith("PSDM check of");
        assertThat(Files.readString(dir.resolve("r.json"))).contains("\"schema\" : \"psdm-report/1\"");
        try (var files = Files.walk(dir)) {
            assertThat(files.filter(p -> p.getFileName().toString().endsWith(".tmp"))).isEmpty();
        }
    }

    @Test
    void twoFormatsForStandardOutputAreRefused() {
        var result = run("check", "--snapshot", LARGE.toString(), "--format", "text", "--format", "json");
        assertThat(result.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(result.err()).contains("only one --format can go to standard output");
    }
}
