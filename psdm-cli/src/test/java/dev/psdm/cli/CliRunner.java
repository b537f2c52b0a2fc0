package dev.psdm.cli;

import java.nio.file.Path;

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

    static CliRun run(String... args) {
        return CliRun.of(args);
    }
}
