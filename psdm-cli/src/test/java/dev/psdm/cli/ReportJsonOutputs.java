package dev.psdm.cli;

import dev.psdm.report.testing.OutputValidators;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every report JSON a command-line test makes psdm write, on standard output or in a file the arguments
 * name ({@code -o F}, {@code --output F}, {@code --format json=F}), validates against the published
 * {@code psdm-report-1.schema.json} (issue 25 item 10): the in-process runners call {@link #check} after each run.
 */
final class ReportJsonOutputs {
    private ReportJsonOutputs() {
    }

    static void check(String[] args, String out) {
        if (OutputValidators.isReportJson(out)) {
            assertThat(OutputValidators.reportProblems(out)).as("standard output of psdm %s against the report schema",
                    String.join(" ", args)).isEmpty();
        }
        for (String arg : args) {
            Path file = pathIn(arg);
            if (file == null || file.getFileName() == null || !file.getFileName().toString().endsWith(".json") || !Files.isRegularFile(file)) {
                continue;
            }
            try {
                String text = Files.readString(file);
                if (OutputValidators.isReportJson(text)) {
                    assertThat(OutputValidators.reportProblems(text)).as("%s against the report schema", file).isEmpty();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static Path pathIn(String arg) {
        String candidate = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : arg;
        try {
            return candidate.isBlank() || candidate.startsWith("-") ? null : Path.of(candidate);
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
