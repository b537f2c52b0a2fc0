package dev.psdm.examples.embedded;

import dev.psdm.model.Snapshot;
import dev.psdm.model.json.SnapshotJson;
import dev.psdm.engine.EvaluationOptions;
import dev.psdm.engine.PsdmEngine;
import dev.psdm.report.Report;
import dev.psdm.report.RuleResult;
import dev.psdm.report.Summary;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;

/**
 * A small program that embeds psdm-check, as delivery tooling would: it checks a snapshot and
 * prints a summary a project manager reads at a glance.
 *
 * <pre>{@code java dev.psdm.examples.embedded.ComplianceSummary SNAPSHOT.json [AS_OF_INSTANT]}</pre>
 */
public final class ComplianceSummary {
    // tag::engine[]
    // Built once and shared: the engine is immutable and thread-safe, and building it loads the rules.
    private static final PsdmEngine ENGINE = PsdmEngine.builder().build();
    // end::engine[]

    private ComplianceSummary() {
    }

    public static void main(String[] args) {
        run(args, System.out);
    }

    /** The program, printing to {@code out}: its test reads what it prints without replacing System.out. */
    static void run(String[] args, PrintStream out) {
        if (args.length < 1 || args.length > 2) {
            throw new IllegalArgumentException("usage: ComplianceSummary SNAPSHOT.json [AS_OF_INSTANT]");
        }
        Instant asOf = args.length == 2 ? Instant.parse(args[1]) : null;
        print(check(Path.of(args[0]), asOf), out);
    }

    // tag::check[]
    /** Checks the snapshot in the file as of the given instant (null: when the snapshot was fetched). */
    static Report check(Path snapshotFile, Instant asOf) {
        Snapshot snapshot = SnapshotJson.read(snapshotFile);
        EvaluationOptions options = asOf == null ? EvaluationOptions.defaults() : EvaluationOptions.asOf(asOf);
        return ENGINE.evaluate(snapshot, options);
    }
    // end::check[]

    // tag::summary[]
    /** One line for the project, one for the counts, then the failing rules, most severe first. */
    static void print(Report report, PrintStream out) {
        Summary s = report.summary();
        out.printf("%s as of %s (%s: %s)%n", report.project().path(), report.asOf(), report.size().sizeClass(),
                report.size().reason());
        // no total and no pass count: both grow with every rule the catalog gains
        out.printf("%d requirements failed, %d not applicable, %d not evaluated%n",
                s.fail(), s.notApplicable(), s.notEvaluated());
        report.failures().stream()
                .sorted(Comparator.comparing(RuleResult::severity).reversed().thenComparing(RuleResult::ruleId))
                .forEach(r -> out.printf("  %-8s %-14s %s (%d %s)%n", r.severity(), r.ruleId(), r.title(),
                        r.findings().size(), r.findings().size() == 1 ? "finding" : "findings"));
    }
    // end::summary[]
}
