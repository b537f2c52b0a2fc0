package dev.psdm.bench;

import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * What one evaluation cost its own thread: CPU time and allocated bytes, read from
 * {@link com.sun.management.ThreadMXBean} right before and right after the evaluation.
 *
 * <p>Why beside wall time: on a shared machine a benchmark thread that waits for a core still
 * counts wall time but no CPU time, and allocation does not depend on scheduling at all. The
 * evaluations run on one thread (neither the engine nor the plain-Java reference starts threads),
 * so the thread's figures are the evaluation's, except for the GC's and the JIT's own threads.
 * {@link EvaluationCostProfiler} turns the sums into per-evaluation figures per JMH iteration.
 */
final class EvaluationCost {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private static final AtomicLong EVALUATIONS = new AtomicLong();
    private static final AtomicLong CPU_NANOS = new AtomicLong();
    private static final AtomicLong ALLOCATED_BYTES = new AtomicLong();

    private EvaluationCost() {
    }

    /** Runs one evaluation on the calling thread and adds its CPU time and allocation to the sums. */
    static <T> T measure(Supplier<T> evaluation) {
        long cpu = THREADS.getCurrentThreadCpuTime();
        long bytes = THREADS.getCurrentThreadAllocatedBytes();
        T result = evaluation.get();
        long allocated = THREADS.getCurrentThreadAllocatedBytes() - bytes;
        long cpuNanos = THREADS.getCurrentThreadCpuTime() - cpu;
        CPU_NANOS.addAndGet(cpuNanos);
        ALLOCATED_BYTES.addAndGet(allocated);
        EVALUATIONS.incrementAndGet();
        return result;
    }

    /** The sums since the last call, and zero sums from now on (one call per JMH iteration). */
    static Totals drain() {
        return new Totals(EVALUATIONS.getAndSet(0), CPU_NANOS.getAndSet(0), ALLOCATED_BYTES.getAndSet(0));
    }

    /** Sums over a number of evaluations. */
    record Totals(long evaluations, long cpuNanos, long allocatedBytes) {
        double cpuMillisPerEvaluation() {
            return evaluations == 0 ? Double.NaN : cpuNanos / 1e6 / evaluations;
        }

        double bytesPerEvaluation() {
            return evaluations == 0 ? Double.NaN : (double) allocatedBytes / evaluations;
        }
    }
}
