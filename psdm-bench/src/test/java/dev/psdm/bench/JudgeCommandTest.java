package dev.psdm.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code psdm-bench judge}: exit 0 when both warm targets pass, 1 when one does not, 2 for an unreadable file. */
class JudgeCommandTest {

    private static int judge(Path... files) {
        String[] args = new String[files.length + 1];
        args[0] = "judge";
        for (int i = 0; i < files.length; i++) {
            args[i + 1] = files[i].toString();
        }
        return new CommandLine(new PsdmBench()).execute(args);
    }

    @Test
    void aRecordedRunThatPassesExitsZero(@TempDir Path dir) throws Exception {
        // the recorded run predates the evidence benchmark (issue 29): without it that target is NOT RUN
        assertThat(judge(JmhResultsTest.fixture())).isEqualTo(1);
        String recorded = Files.readString(JmhResultsTest.fixture()).strip();
        Path withEvidence = Files.writeString(dir.resolve("with-evidence.json"), recorded.substring(0, recorded.length() - 1)
                + """
                , {"benchmark": "dev.psdm.bench.EvaluateBenchmark.catalogDrlWithoutEvidence", "params": {"issues": "100000"},
                  "primaryMetric": {"rawData": [[400.0]]},
                  "secondaryMetrics": {"thread.cpu.time.norm": {"rawData": [[350.0]]}}}]""");
        assertThat(judge(withEvidence)).isZero();
    }

    @Test
    void aRunWithoutTheHeadlineBenchmarksDoesNotPass(@TempDir Path dir) throws Exception {
        // only the catalog at 10k and 100k, with its thread CPU time: the headline ratio is NOT RUN
        Path file = Files.writeString(dir.resolve("catalog.json"), """
                [{"benchmark": "dev.psdm.bench.EvaluateBenchmark.catalogDrl", "params": {"issues": "10000"},
                  "primaryMetric": {"rawData": [[40.0]]},
                  "secondaryMetrics": {"thread.cpu.time.norm": {"rawData": [[39.0]]}}},
                 {"benchmark": "dev.psdm.bench.EvaluateBenchmark.catalogDrl", "params": {"issues": "100000"},
                  "primaryMetric": {"rawData": [[400.0]]},
                  "secondaryMetrics": {"thread.cpu.time.norm": {"rawData": [[386.0]]}}}]""");

        assertThat(judge(file)).isEqualTo(1);
    }

    @Test
    void anUnreadableFileExitsTwo(@TempDir Path dir) throws Exception {
        assertThat(judge(Files.writeString(dir.resolve("result.json"), "not json"))).isEqualTo(2);
    }
}
