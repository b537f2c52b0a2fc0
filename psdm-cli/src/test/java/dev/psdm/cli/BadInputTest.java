package dev.psdm.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.psdm.cli.CliRunner.LARGE;
import static dev.psdm.cli.CliRunner.editedSample;
import static dev.psdm.cli.CliRunner.run;
import static org.assertj.core.api.Assertions.assertThat;

/** Bad input: exit code 2, one line on stderr naming the problem, no stack trace unless --verbose. */
class BadInputTest {

    /** The one-line error of {@link HostileInputCliTest#assertOneLineError}, and nothing on stdout. */
    private static void assertOneLineError(CliRun result, String expected) {
        HostileInputCliTest.assertOneLineError(result, expected);
        assertThat(result.out()).isEmpty();
    }

    @Test
    void missingSnapshotFile() {
        assertOneLineError(run("check", "--snapshot", "nowhere.json"), "nowhere.json: no such file");
    }

    @Test
    void invalidJson(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\"schema\": \"psdm-snapshot/1\", \"fetchedAt\": ");
        assertOneLineError(run("check", "--snapshot", file.toString()), "broken.json: not valid JSON");
    }

    @Test
    void wrongTypeNamesTheJsonPath(@TempDir Path dir) throws Exception {
        Path file = editedSample(dir, "typo.json", LARGE, s -> s.replaceFirst("\"weight\": 1", "\"weight\": \"one\""));
        assertOneLineError(run("check", "--snapshot", file.toString()), "$.issues[0].weight: expected an integer");
    }

    @Test
    void wrongSchemaVersion(@TempDir Path dir) throws Exception {
        Path file = editedSample(dir, "future.json", LARGE, s -> s.replace("psdm-snapshot/1", "psdm-snapshot/2"));
        assertOneLineError(run("check", "--snapshot", file.toString()), "unsupported snapshot schema \"psdm-snapshot/2\"");
    }

    @Test
    void badAsOf() {
        var result = run("check", "--snapshot", LARGE.toString(), "--as-of", "yesterday");
        assertThat(result.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(result.err()).contains("'yesterday' is not an ISO-8601 date or instant");
    }

    @Test
    void badFailOn() {
        var result = run("check", "--snapshot", LARGE.toString(), "--fail-on", "sometimes");
        assertThat(result.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(result.err()).contains("'sometimes' is not one of error, warning, info, never");
    }

    @Test
    void unknownFormat() {
        assertOneLineError(run("check", "--snapshot", LARGE.toString(), "--format", "pdf"), "unknown --format 'pdf'");
    }

    @Test
    void missingSnapshotOption() {
        assertOneLineError(run("check"), "nothing to check: give --snapshot FILE, or --gitlab-url URL --project PATH_OR_ID");
    }

    @Test
    void verboseAddsTheStackTrace() {
        var result = run("check", "--snapshot", "nowhere.json", "--verbose");
        assertThat(result.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(result.err()).startsWith("psdm: nowhere.json: no such file").contains("\tat ");
    }
}
