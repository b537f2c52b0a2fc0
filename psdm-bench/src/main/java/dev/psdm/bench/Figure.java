package dev.psdm.bench;

import java.util.Arrays;
import java.util.Optional;

/** A per-evaluation figure of the warm benchmarks: which JMH metric it is read from, and its unit. */
enum Figure {
    WALL("wall time", JmhResults.WALL, 1, "ms"),
    THREAD_CPU("thread CPU time", EvaluationCostProfiler.THREAD_CPU, 1, "ms"),
    PROCESS_CPU("process CPU time", EvaluationCostProfiler.PROCESS_CPU, 1, "ms"),
    ALLOCATED("allocated", EvaluationCostProfiler.THREAD_ALLOC, 1e-6, "MB");

    final String label;
    final String metric;
    private final double scale;
    final String unit;

    Figure(String label, String metric, double scale, String unit) {
        this.label = label;
        this.metric = metric;
        this.scale = scale;
        this.unit = unit;
    }

    /** Median, least and largest of this figure over all measurement iterations, in {@link #unit}. */
    Optional<Spread> of(JmhResults.Measured measured) {
        return measured.samples(metric).map(values -> Spread.of(values, scale));
    }

    /** Median and range of samples. */
    record Spread(double median, double min, double max) {
        static Spread of(double[] values, double scale) {
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            int n = sorted.length;
            double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
            return new Spread(median * scale, sorted[0] * scale, sorted[n - 1] * scale);
        }

        /** (largest - least) / median: how far apart the iterations landed. */
        double relativeRange() {
            return (max - min) / median;
        }
    }
}
