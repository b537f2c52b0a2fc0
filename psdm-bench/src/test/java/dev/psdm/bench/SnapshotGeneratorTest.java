package dev.psdm.bench;

import dev.psdm.model.Issue;
import dev.psdm.model.Snapshot;
import dev.psdm.model.json.SnapshotJson;
import dev.psdm.engine.EvaluationOptions;
import dev.psdm.engine.PsdmEngine;
import dev.psdm.report.Report;
import dev.psdm.report.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SnapshotGeneratorTest {

    @Test
    void sameSpecGivesTheSameSnapshotByteForByte() {
        String first = SnapshotJson.toJson(SnapshotGenerator.generate(SnapshotSpec.of(1_000, 42)));
        String second = SnapshotJson.toJson(SnapshotGenerator.generate(SnapshotSpec.of(1_000, 42)));
        assertThat(second).isEqualTo(first);
    }

    @Test
    void anotherSeedGivesAnotherSnapshot() {
        assertThat(SnapshotJson.toJson(SnapshotGenerator.generate(SnapshotSpec.of(500, 1))))
                .isNotEqualTo(SnapshotJson.toJson(SnapshotGenerator.generate(SnapshotSpec.of(500, 2))));
    }

    @Test
    void givesExactlyTheRequestedNumberOfIssuesWithDistinctIids() {
        for (int n : new int[]{0, 1, 7, 999, 3_000}) {
            Snapshot snapshot = SnapshotGenerator.generate(SnapshotSpec.of(n, 3));
            assertThat(snapshot.issues()).hasSize(n);
            assertThat(snapshot.issues().stream().map(Issue::iid).distinct().count()).isEqualTo(n);
        }
    }

    @Test
    void followsTheSpecsShares() {
        Snapshot snapshot = SnapshotGenerator.generate(SnapshotSpec.of(5_000, 5).withRaidShare(0.1).withUnweightedShare(0.3));
        long raid = snapshot.issues().stream().filter(i -> i.hasLabel("PS RAID Log") || i.hasLabel("PS Risk")).count();
        long unweighted = snapshot.issues().stream().filter(i -> i.weight() == null).count();
        assertThat(raid).isBetween(400L, 600L);
        assertThat(unweighted).isBetween(1_300L, 1_700L);
        assertThat(snapshot.iterations()).hasSize(27);
    }

    @Test
    void roundTripsThroughTheSnapshotFormat(@TempDir Path dir) throws Exception {
        Snapshot snapshot = SnapshotGenerator.generate(SnapshotSpec.of(300, 8));
        Path file = dir.resolve("s.json");
        GenerateCommand.write(snapshot, file);
        assertThat(SnapshotJson.read(file)).isEqualTo(snapshot);
    }

    @Test
    void defaultSpecIsALargeProjectEveryHeadlineRuleLooksAt() {
        Report report = evaluated(SnapshotSpec.of(2_000, 1));
        assertThat(report.size().sizeClass().name()).isEqualTo("LARGE");
        assertThat(report.result("PSDM-RAID-002").orElseThrow().status()).isEqualTo(Status.FAIL);
        assertThat(report.result("PSDM-WGT-001").orElseThrow().status()).isEqualTo(Status.FAIL);
        assertThat(report.result("PSDM-IT0-001").orElseThrow().status()).isEqualTo(Status.PASS);
        assertThat(report.result("PSDM-CER-006").orElseThrow().status()).isEqualTo(Status.NOT_APPLICABLE);
    }

    @Test
    void smallSpecIsASmallProject() {
        Report report = evaluated(SnapshotSpec.small(400, 1));
        assertThat(report.size().sizeClass().name()).isEqualTo("SMALL");
        assertThat(report.result("PSDM-CER-006").orElseThrow().status()).isIn(Status.PASS, Status.FAIL);
    }

    /** The bundled catalog over the generated project, as of the spec's own as-of date. */
    private static Report evaluated(SnapshotSpec spec) {
        return PsdmEngine.builder().build()
                .evaluate(SnapshotGenerator.generate(spec), EvaluationOptions.asOf(SnapshotGenerator.asOf(spec)));
    }

    @Test
    void generateCommandWritesTheFile(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("big.json");
        int code = new picocli.CommandLine(new PsdmBench()).execute("generate", "--issues", "250", "--seed", "4", "--output", out.toString());
        assertThat(code).isZero();
        Snapshot read = SnapshotJson.read(new ByteArrayInputStream(Files.readString(out).getBytes(StandardCharsets.UTF_8)), "big.json");
        assertThat(read).isEqualTo(SnapshotGenerator.generate(SnapshotSpec.of(250, 4)));
    }
}
