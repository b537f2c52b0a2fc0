package dev.psdm.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** Runs the CLI in-process and captures what it prints. */
final class CliRunner {
    static final Path LARGE = Path.of("..", "examples", "snapshots", "large-project.json");
    static final Path SMALL = Path.of("..", "examples", "snapshots", "small-project.json");

    record Result(int exitCode, String out, String err) {
    }

    private CliRunner() {
    }

    /** How many findings, and of how many rules, the large sample fails with at its own as-of date. */
    static int[] largeFailures() {
        var report = dev.psdm.engine.PsdmEngine.builder().build().evaluate(dev.psdm.model.json.SnapshotJson.read(LARGE));
        int findings = report.failures().stream().mapToInt(r -> r.findings().size()).sum();
        return new int[]{findings, report.failures().size()};
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PsdmCli.run(args, new PrintWriter(out), new PrintWriter(err));
        ReportJsonOutputs.check(args, out.toString());
        return new Result(code, out.toString(), err.toString());
    }
}
