package dev.psdm.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/** Runs the CLI in-process and captures what it prints. */
final class CliRunner {
    static final Path LARGE = Path.of("..", "examples", "snapshots", "large-project.json");
    static final Path SMALL = Path.of("..", "examples", "snapshots", "small-project.json");

    private CliRunner() {
    }

    /** How many findings, and of how many rules, the large sample fails with at its own as-of date. */
    static int[] largeFailures() {
        var report = dev.psdm.engine.PsdmEngine.builder().build().evaluate(dev.psdm.model.json.SnapshotJson.read(LARGE));
        int findings = report.failures().stream().mapToInt(r -> r.findings().size()).sum();
        return new int[]{findings, report.failures().size()};
    }

    /** {@code sample}'s text as {@code edit} changes it, written to {@code dir/name}: a snapshot with one thing wrong. */
    static Path editedSample(Path dir, String name, Path sample, UnaryOperator<String> edit) throws IOException {
        return Files.writeString(dir.resolve(name), edit.apply(Files.readString(sample)));
    }

    static CliRun run(String... args) {
        return CliRun.of(args);
    }
}
