package dev.psdm.examples.embedded;

import dev.psdm.engine.conventions.Conventions;
import dev.psdm.engine.conventions.ConventionsException;
import dev.psdm.model.json.SnapshotFormatException;
import dev.psdm.model.json.SnapshotJson;
import dev.psdm.engine.PsdmEngine;
import dev.psdm.report.Report;
import dev.psdm.report.Summary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Runs the program on the sample snapshots, as a user would (printing to a buffer, not System.out). */
class ComplianceSummaryTest {
    private static final Path SNAPSHOTS = Path.of("..", "snapshots");

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();

    @Test
    void largeSampleListsItsFailingRulesMostSevereFirst() {
        run(new String[]{SNAPSHOTS.resolve("large-project.json").toString(), "2026-05-15T12:00:00Z"});

        String out = output();
        assertThat(out).startsWith("gitlab-com/gl-professional-services/customers/acme-corp/acme-collaboration as of "
                + "2026-05-15T12:00:00Z (LARGE: 12 delivery iterations");
        assertThat(out).containsSubsequence(
                "  ERROR    PSDM-IT0-001   Iteration 0 is planned (1 finding)",
                "  ERROR    PSDM-RAID-002  RAID items are kept current (2 findings)",
                "  WARNING  PSDM-CER-001   Iteration planning is held each iteration (1 finding)");
        assertThat(out).contains("  WARNING  PSDM-CER-002 ", "  WARNING  PSDM-WGT-001 ");
        assertThat(out).contains(countsLine("large-project.json"));
    }

    @Test
    void smallSampleDefaultsToItsFetchTime() {
        run(new String[]{SNAPSHOTS.resolve("small-project.json").toString()});

        assertThat(output()).startsWith("gitlab-com/gl-professional-services/customers/globex/globex-collaboration as of "
                        + "2026-03-20T12:00:00Z (SMALL: ")
                .contains(countsLine("small-project.json"))
                .doesNotContain("PSDM-IT0-001", "PSDM-RAID-002");
    }

    @Test
    void wrongArgumentsExplainTheUsage() {
        assertThatIllegalArgumentException().isThrownBy(() -> ComplianceSummary.main(new String[0]))
                .withMessageStartingWith("usage: ComplianceSummary SNAPSHOT.json");
    }

    @Test
    void aServiceTellsAMissingFileFromAMalformedOne(@TempDir Path dir) throws IOException {
        // issue 28 item 8: a missing file is an I/O error (UncheckedIOException, cause NoSuchFileException),
        // a file that cannot be used a SnapshotFormatException / ConventionsException: two answers
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"schema\": \"psdm-snapshot/1\",");
        Path badConventions = Files.writeString(dir.resolve(".psdm.yml"), "thresholds:\n  raidStaleDays: soon\n");

        assertThat(httpStatus(() -> ComplianceSummary.check(dir.resolve("missing.json"), null))).isEqualTo(404);
        assertThat(httpStatus(() -> ComplianceSummary.check(broken, null))).isEqualTo(422);
        assertThat(httpStatus(() -> ComplianceSummary.check(SNAPSHOTS.resolve("small-project.json"), null))).isEqualTo(200);
        assertThat(httpStatus(() -> Conventions.load(dir.resolve("missing.yml")))).isEqualTo(404);
        assertThat(httpStatus(() -> Conventions.load(badConventions))).isEqualTo(422);
    }

    /** How a service would answer a request naming a file: not there, not usable, or checked. */
    private static int httpStatus(Runnable read) {
        try {
            read.run();
            return 200;
        } catch (UncheckedIOException e) {
            return e.getCause() instanceof NoSuchFileException ? 404 : 500;
        } catch (SnapshotFormatException | ConventionsException e) {
            return 422;
        }
    }

    /** The counts the engine itself reports, so the test follows the rule catalog as it grows. */
    private static String countsLine(String sample) {
        Report report = PsdmEngine.builder().build().evaluate(SnapshotJson.read(SNAPSHOTS.resolve(sample)));
        Summary s = report.summary();
        return s.fail() + " requirements failed, " + s.notApplicable() + " not applicable, " + s.notEvaluated()
                + " not evaluated";
    }

    /** What {@link ComplianceSummary#main} does, printing to {@link #stdout}. */
    private void run(String[] args) {
        ComplianceSummary.run(args, new PrintStream(stdout, true, StandardCharsets.UTF_8));
    }

    private String output() {
        return stdout.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }
}
