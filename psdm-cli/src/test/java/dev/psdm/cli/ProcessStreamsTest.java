package dev.psdm.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static dev.psdm.cli.CliRunner.LARGE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real process's standard streams (issue 18 items 5 and 10): what {@code main} writes under
 * {@code LANG=C}, and a snapshot piped to {@code --snapshot /dev/stdin} that never ends.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class ProcessStreamsTest {

    private static ProcessBuilder psdm(List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), PsdmCli.class.getName()));
        command.addAll(Arrays.asList(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().remove("GITLAB_TOKEN");
        return builder;
    }

    @Test
    void standardOutputIsUtf8WhateverTheLocale() throws Exception {
        // LANG=C made the platform encoding ASCII, and the 33 non-ASCII characters of the sample became '?'
        ProcessBuilder builder = psdm(List.of("-Dfile.encoding=ANSI_X3.4-1968", "-Dsun.stdout.encoding=ANSI_X3.4-1968",
                "-Dsun.stderr.encoding=ANSI_X3.4-1968"), "check", "--snapshot", LARGE.toString(), "--format", "json",
                "--fail-on", "never");
        builder.environment().put("LANG", "C");
        builder.environment().put("LC_ALL", "C");
        byte[] out = outputOf(builder);

        String expected = CliRunner.run("check", "--snapshot", LARGE.toString(), "--format", "json", "--fail-on", "never").out();
        assertThat(expected.chars().filter(c -> c > 127).count()).isPositive();
        assertThat(new String(out, StandardCharsets.UTF_8)).isEqualTo(expected);
    }

    @Test
    void underLangCTheTextReportsHeatMapUsesAsciiMarksAndUnderUtf8TheChecks() throws Exception {
        // the locale decides what the terminal can show; the bytes stay UTF-8 either way (the test above)
        String ascii = textReport(List.of(), "C");
        String utf8 = textReport(List.of("-Dfile.encoding=UTF-8"), "C.UTF-8");

        String legend = "Ceremonies by iteration (";
        assertThat(ascii).contains(legend + "Y met, X missed, - not required, . not yet due, ? not evaluated; * current):")
                .doesNotContain("\u2713").doesNotContain("\u2717");
        assertThat(utf8).contains(legend + "\u2713 met, \u2717 missed").contains("\u2713");
        assertThat(ascii.lines().filter(l -> l.startsWith("  Iteration 4")).findFirst().orElseThrow()).contains("X");
        assertThat(PsdmCli.localeCharset(properties("file.encoding", "ANSI_X3.4-1968"))).isEqualTo(StandardCharsets.US_ASCII);
        assertThat(PsdmCli.localeCharset(properties("file.encoding", "no such charset!"))).isEqualTo(StandardCharsets.UTF_8);
        assertThat(PsdmCli.localeCharset(properties("sun.stdout.encoding", "UTF-8"))).isEqualTo(StandardCharsets.UTF_8);
    }

    private static java.util.Properties properties(String key, String value) {
        java.util.Properties p = new java.util.Properties();
        p.setProperty(key, value);
        return p;
    }

    private static String textReport(List<String> jvmOptions, String lang) throws Exception {
        ProcessBuilder builder = psdm(jvmOptions, "check", "--snapshot", LARGE.toString(), "--fail-on", "never");
        builder.environment().put("LANG", lang);
        builder.environment().put("LC_ALL", lang);
        builder.environment().put("NO_COLOR", "1");
        return new String(outputOf(builder), StandardCharsets.UTF_8);
    }

    /** What the process wrote on standard output; it must exit 0. */
    private static byte[] outputOf(ProcessBuilder builder) throws Exception {
        builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process process = builder.start();
        byte[] out = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(ExitCode.OK);
        return out;
    }

    @Test
    void anEndlessSnapshotOnStandardInputIsRefusedAtTheSizeGuard() throws Exception {
        Process process = psdm(List.of("-Xmx64m"), "check", "--snapshot", "/dev/stdin").start();
        CompletableFuture<Void> feeder = CompletableFuture.runAsync(() -> {
            try (OutputStream in = process.getOutputStream()) {
                in.write("{\"schema\": \"psdm-snapshot/1\", \"issues\": [".getBytes(StandardCharsets.UTF_8));
                byte[] spaces = new byte[1 << 16];
                Arrays.fill(spaces, (byte) ' ');
                while (process.isAlive()) {
                    in.write(spaces);
                }
            } catch (IOException closed) {
                // the process stopped reading: what the test waits for
            }
        });
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        feeder.cancel(true);
        assertThat(process.exitValue()).isEqualTo(ExitCode.ERROR);
        assertThat(err.lines()).hasSize(1);
        assertThat(err).startsWith("psdm: /dev/stdin: the input is more than the ").contains("run java with a larger -Xmx")
                .doesNotContain("OutOfMemoryError", "\tat ");
    }
}
