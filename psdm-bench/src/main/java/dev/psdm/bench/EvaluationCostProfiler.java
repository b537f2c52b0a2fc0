package dev.psdm.bench;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;

/**
 * A JMH profiler ({@code -prof dev.psdm.bench.EvaluationCostProfiler}) that adds, per iteration, what the
 * evaluations measured by {@link EvaluationCost} cost on average:
 * <ul>
 *   <li>{@value #THREAD_CPU}: CPU time of the benchmark thread per evaluation, in ms;</li>
 *   <li>{@value #THREAD_ALLOC}: bytes the benchmark thread allocated per evaluation;</li>
 *   <li>{@value #PROCESS_CPU}: CPU time of the whole benchmark JVM (GC and JIT threads included) over the
 *       iteration, divided by the evaluations, in ms.</li>
 * </ul>
 * JMH runs it in each fork, around each iteration, outside the measured code.
 */
public final class EvaluationCostProfiler implements InternalProfiler {
    static final String THREAD_CPU = "thread.cpu.time.norm";
    static final String THREAD_ALLOC = "thread.alloc.norm";
    static final String PROCESS_CPU = "process.cpu.time.norm";

    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private long processCpuAtStart;

    @Override
    public String getDescription() {
        return "CPU time and allocated bytes per psdm evaluation (thread and process)";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        EvaluationCost.drain();
        processCpuAtStart = os.getProcessCpuTime();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
                                                       IterationResult result) {
        long processCpu = os.getProcessCpuTime() - processCpuAtStart;
        EvaluationCost.Totals totals = EvaluationCost.drain();
        if (totals.evaluations() == 0) {
            // a benchmark that does not go through EvaluationCost: report nothing rather than zeros
            return List.of();
        }
        return List.of(
                new ScalarResult(THREAD_CPU, totals.cpuMillisPerEvaluation(), "ms/op", AggregationPolicy.AVG),
                new ScalarResult(THREAD_ALLOC, totals.bytesPerEvaluation(), "B/op", AggregationPolicy.AVG),
                new ScalarResult(PROCESS_CPU, processCpu / 1e6 / totals.evaluations(), "ms/op", AggregationPolicy.AVG));
    }
}
