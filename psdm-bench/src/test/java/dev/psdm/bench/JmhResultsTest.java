package dev.psdm.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reading JMH's JSON result files. The fixture, src/test/resources/jmh/loaded-run.json, is the file JMH 1.37
 * wrote ({@code -rf json}, {@code -prof dev.psdm.bench.EvaluationCostProfiler -prof gc}) for four of the
 * benchmarks on a loaded 2-core machine, with two of the gc profiler's metrics left out to keep it short.
 */
class JmhResultsTest {

    static JmhResults loadedRun() throws Exception {
        return JmhResults.read(List.of(fixture()));
    }

    static Path fixture() throws URISyntaxException {
        return Path.of(Objects.requireNonNull(JmhResultsTest.class.getResource("/jmh/loaded-run.json")).toURI());
    }

    @Test
    void readsEveryBenchmarkAndSizeWithAllIterationsOfAllForks() throws Exception {
        JmhResults results = loadedRun();

        assertThat(results.all()).extracting(JmhResults.Measured::method, JmhResults.Measured::issues)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("catalogDrl", 10_000),
                        org.assertj.core.groups.Tuple.tuple("catalogDrl", 100_000),
                        org.assertj.core.groups.Tuple.tuple("headlineDrl", 100_000),
                        org.assertj.core.groups.Tuple.tuple("headlinePlainJava", 100_000));
        JmhResults.Measured catalog = results.find("catalogDrl", 100_000).orElseThrow();
        // 3 forks x 5 measurement iterations, for the score and for each profiler's metric
        assertThat(catalog.samples(JmhResults.WALL)).get().satisfies(v -> assertThat(v).hasSize(15));
        assertThat(catalog.samples(EvaluationCostProfiler.THREAD_CPU)).get().satisfies(v -> assertThat(v).hasSize(15));
        assertThat(catalog.samples(EvaluationCostProfiler.THREAD_ALLOC)).get().satisfies(v -> assertThat(v).hasSize(15));
        assertThat(catalog.samples("gc.alloc.rate.norm")).isPresent();
        assertThat(catalog.samples("no.such.metric")).isEmpty();
    }

    @Test
    void figuresAreMediansWithTheirRangeInTheFiguresUnit() throws Exception {
        JmhResults.Measured catalog = loadedRun().find("catalogDrl", 100_000).orElseThrow();

        Figure.Spread cpu = Figure.THREAD_CPU.of(catalog).orElseThrow();
        Figure.Spread alloc = Figure.ALLOCATED.of(catalog).orElseThrow();
        Figure.Spread wall = Figure.WALL.of(catalog).orElseThrow();

        assertThat(cpu.min()).isLessThanOrEqualTo(cpu.median());
        assertThat(cpu.median()).isLessThanOrEqualTo(cpu.max());
        assertThat(cpu.median()).isBetween(300.0, 500.0);           // ms, not ns
        assertThat(alloc.median()).isBetween(20.0, 40.0);           // MB, not bytes
        assertThat(wall.relativeRange()).isGreaterThan(cpu.relativeRange());
    }

    @Test
    void medianOfAnEvenNumberOfSamplesIsTheMeanOfTheMiddleTwo() {
        Figure.Spread spread = Figure.Spread.of(new double[]{4, 1, 3, 2}, 1);

        assertThat(spread.median()).isEqualTo(2.5);
        assertThat(spread.min()).isEqualTo(1);
        assertThat(spread.max()).isEqualTo(4);
        assertThat(spread.relativeRange()).isEqualTo(3 / 2.5);
    }

    @Test
    void aFileThatIsNotJsonNamesTheFile(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("result.json"), "Benchmark  Mode  Cnt  Score");

        assertThatThrownBy(() -> JmhResults.read(List.of(file)))
                .isInstanceOf(JmhResults.BadResultFile.class)
                .hasMessageStartingWith(file + ": not readable as JSON");
    }

    @Test
    void aMissingFileIsNamed(@TempDir Path dir) {
        Path file = dir.resolve("jmh-result.json");

        assertThatThrownBy(() -> JmhResults.read(List.of(file)))
                .hasMessage(file + ": no such file (did JMH run?)");
    }

    @Test
    void anObjectInsteadOfTheArrayIsRejected(@TempDir Path dir) throws Exception {
        assertRejected(dir, "{}", ": $: expected the array of a JMH JSON result file");
    }

    @Test
    void aMissingRawDataNamesItsJsonPath(@TempDir Path dir) throws Exception {
        assertRejected(dir, """
                [{"benchmark": "dev.psdm.bench.EvaluateBenchmark.catalogDrl", "params": {"issues": "10000"},
                  "primaryMetric": {"score": 40.0}}]""",
                ": $[0].primaryMetric.rawData: missing or not an array of forks");
    }

    @Test
    void aSizeThatIsNoNumberNamesItsJsonPath(@TempDir Path dir) throws Exception {
        assertRejected(dir, """
                [{"benchmark": "dev.psdm.bench.EvaluateBenchmark.catalogDrl", "params": {"issues": "10k"},
                  "primaryMetric": {"rawData": [[40.0]]}}]""",
                ": $[0].params.issues: not a number: 10k");
    }

    @Test
    void aSecondaryMetricWithANonNumberNamesItsJsonPath(@TempDir Path dir) throws Exception {
        assertRejected(dir, """
                [{"benchmark": "dev.psdm.bench.EvaluateBenchmark.catalogDrl", "params": {"issues": "10000"},
                  "primaryMetric": {"rawData": [[40.0]]},
                  "secondaryMetrics": {"thread.cpu.time.norm": {"rawData": [["NaN?"]]}}}]""",
                ": $[0].secondaryMetrics['thread.cpu.time.norm'].rawData: not a number: \"NaN?\"");
    }

    /** A result file with this content is refused with a message naming the file, then {@code messageAfterFile}. */
    private static void assertRejected(Path dir, String content, String messageAfterFile) throws Exception {
        Path file = Files.writeString(dir.resolve("result.json"), content);

        assertThatThrownBy(() -> JmhResults.read(List.of(file))).hasMessage(file + messageAfterFile);
    }
}
