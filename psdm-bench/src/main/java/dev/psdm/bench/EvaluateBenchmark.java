package dev.psdm.bench;

import dev.psdm.model.Snapshot;
import dev.psdm.engine.EvaluationOptions;
import dev.psdm.engine.PsdmEngine;
import dev.psdm.engine.conventions.Conventions;
import dev.psdm.report.Report;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Warm evaluation of one snapshot of 1k, 10k and 100k issues:
 * <ul>
 *   <li>{@link #headlineDrl()}: {@link PsdmEngine#evaluate} with the headline rules enabled (the others switched off
 *       in the conventions), from the snapshot to the report, derived facts included;</li>
 *   <li>{@link #headlinePlainJava()}: the same rules hand-written ({@link PlainJavaReference}), the limit;</li>
 *   <li>{@link #catalogDrl()}: the whole bundled catalog, for the growth target (100k vs 10k);</li>
 *   <li>{@link #catalogDrlWithoutEvidence()}: the same without evidence ({@link EvaluationOptions#withoutEvidence()}),
 *       what evidence costs (issue 29: at most 25 %).</li>
 * </ul>
 * Every benchmark reads the same generated snapshot (seed 1, {@link SnapshotSpec#of}). The heap is
 * fixed so runs compare; the 512 MB target is measured separately, on the command line. Each evaluation
 * goes through {@link EvaluationCost}, so that {@link EvaluationCostProfiler} can report its thread's CPU
 * time and allocation beside the wall time.
 *
 * <p>{@code -XX:+AlwaysPreTouch} faults the whole heap in when the fork starts. Without it, each time G1 grew
 * the young generation into pages never touched, every evaluation until the next collection paid the kernel's
 * page faults on its thread's CPU time: whole-catalog evaluations at 100k issues went from ~260 to ~425 ms and
 * back in phases of several seconds, which decided which side of a ratio the medians fell on (three runs read
 * evidence on / off at 1.00×, 0.98× and 1.28×; docs/PERFORMANCE.md, "What evidence costs").
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 3, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class EvaluateBenchmark {

    @Param({"1000", "10000", "100000"})
    public int issues;

    private Snapshot snapshot;
    private Instant asOf;
    private EvaluationOptions options;
    private EvaluationOptions withoutEvidence;
    private PsdmEngine headline;
    private PsdmEngine catalog;
    private PlainJavaReference reference;

    @Setup(Level.Trial)
    public void setUp() {
        SnapshotSpec spec = SnapshotSpec.of(issues, 1);
        snapshot = SnapshotGenerator.generate(spec);
        asOf = SnapshotGenerator.asOf(spec);
        options = EvaluationOptions.asOf(asOf);
        withoutEvidence = options.withoutEvidence();
        catalog = PsdmEngine.builder().build();
        headline = headlineEngine();
        reference = new PlainJavaReference(Conventions.defaults());
    }

    /** An engine that evaluates only the headline rules: every other rule of the catalog is switched off. */
    public static PsdmEngine headlineEngine() {
        Map<String, Conventions.RuleOverride> off = new HashMap<>();
        PsdmEngine.builder().build().rules().stream()
                .filter(rule -> !PlainJavaReference.RULE_IDS.contains(rule.id()))
                .forEach(rule -> off.put(rule.id(), new Conventions.RuleOverride(false, null)));
        return PsdmEngine.builder().conventions(Conventions.defaults().withRules(off)).build();
    }

    @Benchmark
    public Report headlineDrl() {
        return EvaluationCost.measure(() -> headline.evaluate(snapshot, options));
    }

    @Benchmark
    public List<PlainJavaReference.Outcome> headlinePlainJava() {
        return EvaluationCost.measure(() -> reference.evaluate(snapshot, asOf));
    }

    @Benchmark
    public Report catalogDrl() {
        return EvaluationCost.measure(() -> catalog.evaluate(snapshot, options));
    }

    @Benchmark
    public Report catalogDrlWithoutEvidence() {
        return EvaluationCost.measure(() -> catalog.evaluate(snapshot, withoutEvidence));
    }
}
