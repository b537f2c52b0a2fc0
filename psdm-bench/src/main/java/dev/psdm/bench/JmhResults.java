package dev.psdm.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The measurements of a JMH run, read from the JSON result file JMH writes ({@code -rf json}): per benchmark
 * method and snapshot size, every measurement iteration of every fork, for the primary metric (wall time per
 * evaluation) and for each secondary metric the profilers added ({@link EvaluationCostProfiler}, JMH's
 * {@code gc} profiler). The suite judges the warm targets from this file, so a recorded run can be judged
 * again ({@code psdm-bench judge}).
 */
final class JmhResults {
    /** The key of the primary metric, JMH's score (wall time per evaluation in the benchmarks' ms/op). */
    static final String WALL = "wall";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One benchmark at one size: the samples of each metric, in the metric's JMH unit. */
    record Measured(String method, int issues, Map<String, double[]> samples) {
        Optional<double[]> samples(String metric) {
            double[] values = samples.get(metric);
            return values == null || values.length == 0 ? Optional.empty() : Optional.of(values);
        }
    }

    private final List<Measured> measured;

    JmhResults(List<Measured> measured) {
        this.measured = List.copyOf(measured);
    }

    List<Measured> all() {
        return measured;
    }

    Optional<Measured> find(String method, int issues) {
        return measured.stream().filter(m -> m.method.equals(method) && m.issues == issues).findFirst();
    }

    /** Reads JMH JSON result files; a file that is not one fails with a message naming the file and JSON path. */
    static JmhResults read(List<Path> files) throws BadResultFile {
        List<Measured> all = new ArrayList<>();
        for (Path file : files) {
            all.addAll(read(file));
        }
        return new JmhResults(all);
    }

    private static List<Measured> read(Path file) throws BadResultFile {
        if (!Files.isRegularFile(file)) {
            throw new BadResultFile(file + ": no such file (did JMH run?)");
        }
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new BadResultFile(file + ": not readable as JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (root == null || !root.isArray()) {
            throw new BadResultFile(file + ": $: expected the array of a JMH JSON result file");
        }
        List<Measured> measured = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            measured.add(entry(file, "$[" + i + "]", root.get(i)));
        }
        return measured;
    }

    private static Measured entry(Path file, String path, JsonNode entry) throws BadResultFile {
        String benchmark = text(file, path + ".benchmark", entry.get("benchmark"));
        String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
        String issuesText = text(file, path + ".params.issues", entry.path("params").get("issues"));
        int issues;
        try {
            issues = Integer.parseInt(issuesText);
        } catch (NumberFormatException e) {
            throw new BadResultFile(file + ": " + path + ".params.issues: not a number: " + issuesText);
        }
        Map<String, double[]> samples = new LinkedHashMap<>();
        samples.put(WALL, rawData(file, path + ".primaryMetric.rawData", entry.path("primaryMetric").get("rawData")));
        JsonNode secondary = entry.path("secondaryMetrics");
        for (var field : (Iterable<Map.Entry<String, JsonNode>>) secondary::fields) {
            String at = path + ".secondaryMetrics['" + field.getKey() + "'].rawData";
            samples.put(field.getKey(), rawData(file, at, field.getValue().get("rawData")));
        }
        return new Measured(method, issues, samples);
    }

    private static String text(Path file, String path, JsonNode node) throws BadResultFile {
        if (node == null || !node.isTextual()) {
            throw new BadResultFile(file + ": " + path + ": missing or not a string");
        }
        return node.asText();
    }

    /** JMH's rawData: one array per fork, one number per measurement iteration; all forks together. */
    private static double[] rawData(Path file, String path, JsonNode forks) throws BadResultFile {
        if (forks == null || !forks.isArray()) {
            throw new BadResultFile(file + ": " + path + ": missing or not an array of forks");
        }
        List<Double> values = new ArrayList<>();
        for (JsonNode fork : forks) {
            if (!fork.isArray()) {
                throw new BadResultFile(file + ": " + path + ": a fork is not an array of iterations");
            }
            for (JsonNode value : fork) {
                if (!value.isNumber()) {
                    throw new BadResultFile(file + ": " + path + ": not a number: " + value);
                }
                values.add(value.asDouble());
            }
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** A result file that cannot be judged; the message names the file, the JSON path and the cause. */
    static final class BadResultFile extends Exception {
        BadResultFile(String message) {
            super(message);
        }
    }
}
