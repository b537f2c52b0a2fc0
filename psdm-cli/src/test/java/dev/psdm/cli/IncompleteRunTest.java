package dev.psdm.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.psdm.cli.CliRunner.SMALL;
import static dev.psdm.cli.CliRunner.run;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 22 item 2: data that failed to read never makes a green job. The small sample passes (exit 0);
 * with its issues unreadable ({@code "cause": "readFailed"}, what the adapter writes for an undecodable
 * answer, a 404 on page 2 or a deadline) the check writes every report, each saying "incomplete", and
 * exits 2; {@code --allow-incomplete} hands the exit back to {@code --fail-on}. The same gap absent by
 * design (no cause) stays NOT_EVALUATED with the exit decided by the gate.
 */
class IncompleteRunTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REASON = "page 2 of /projects/42/issues answered 404 Not Found";

    @TempDir
    Path dir;

    @Test
    void unreadableIssuesExitTwoAfterWritingEveryReportSayingIncomplete() throws IOException {
        Path snapshot = smallWithIssuesGap("readFailed");
        List<String> args = new ArrayList<>(List.of("check", "--snapshot", snapshot.toString()));
        for (String format : List.of("text", "json", "markdown", "junit", "codequality", "sarif", "html")) {
            args.add("--format");
            args.add(format + "=" + dir.resolve("report." + format));
        }

        var result = run(args.toArray(String[]::new));

        assertThat(result.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(result.err()).startsWith("psdm: the check is incomplete: failed to read issues;")
                .contains("--allow-incomplete").hasLineCount(1);
        for (String format : List.of("text", "json", "markdown", "junit", "codequality", "sarif", "html")) {
            assertThat(dir.resolve("report." + format)).as(format).exists();
            assertThat(Files.readString(dir.resolve("report." + format))).as(format)
                    .containsIgnoringCase("incomplete").contains("404 Not Found");
        }
        JsonNode report = JSON.readTree(dir.resolve("report.json").toFile());
        assertThat(report.path("verdict").asText()).isEqualTo("incomplete");
        assertThat(report.path("readFailures").get(0).path("resource").asText()).isEqualTo("issues");
    }

    @Test
    void allowIncompleteLetsTheGateDecide() throws IOException {
        Path snapshot = smallWithIssuesGap("readFailed");
        var result = run("check", "--snapshot", snapshot.toString(), "--allow-incomplete");
        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(result.out()).contains("Incomplete: the check failed to read issues");
        assertThat(run("check", "--snapshot", snapshot.toString(), "--allow-incomplete", "--format", "json").out())
                .contains("\"verdict\" : \"incomplete\"");
    }

    @Test
    void issuesAbsentByDesignStayNotEvaluatedAndTheGateDecides() throws IOException {
        Path snapshot = smallWithIssuesGap(null);
        var result = run("check", "--snapshot", snapshot.toString(), "--format", "json");
        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(result.err()).isEmpty();
        JsonNode report = JSON.readTree(result.out());
        assertThat(report.has("verdict")).isFalse();
        assertThat(report.path("summary").path("notEvaluated").asInt()).isGreaterThan(10);
    }

    @Test
    void noBaselineIsRecordedFromAnIncompleteRun() throws IOException {
        // a baseline of a run that could not read the issues would hold too few findings: each one it missed
        // would later pass as "known since the baseline"
        Path snapshot = smallWithIssuesGap("readFailed");
        Path baseline = dir.resolve("psdm-baseline.json");

        var toFile = run("baseline", "--snapshot", snapshot.toString(), "--output", baseline.toString());
        var toStdout = run("baseline", "--snapshot", snapshot.toString());

        for (var result : List.of(toFile, toStdout)) {
            assertThat(result.exitCode()).isEqualTo(ExitCode.ERROR);
            assertThat(result.err()).isEqualTo("psdm: no baseline recorded: the run is incomplete (failed to read issues);"
                    + " run it again when GitLab answers" + System.lineSeparator());
            assertThat(result.out()).isEmpty();
        }
        assertThat(baseline).doesNotExist();
        // absent by design is no reason to refuse
        assertThat(run("baseline", "--snapshot", smallWithIssuesGap(null).toString()).exitCode()).isEqualTo(ExitCode.OK);
    }

    private Path smallWithIssuesGap(String cause) throws IOException {
        ObjectNode snapshot = (ObjectNode) JSON.readTree(SMALL.toFile());
        ObjectNode gap = snapshot.withArray("gaps").addObject().put("resource", "issues").put("reason", REASON);
        if (cause != null) {
            gap.put("cause", cause);
        }
        Path file = dir.resolve("snapshot.json");
        JSON.writeValue(file.toFile(), snapshot);
        return file;
    }
}
