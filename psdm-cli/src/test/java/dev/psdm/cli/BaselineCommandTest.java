package dev.psdm.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.psdm.cli.CliRunner.LARGE;
import static dev.psdm.cli.CliRunner.run;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code psdm baseline} and {@code psdm check --baseline}: fail only on what is new, report what is fixed. */
class BaselineCommandTest {
    /** The golden baseline of the large sample, shared with psdm-rules' BaselineTest. */
    private static final Path GOLDEN = Path.of("..", "psdm-rules", "src", "test", "resources", "golden", "baseline", "large.json");

    @Test
    void baselineIsSortedDeterministicAndTheSameAsTheLibraryWrites() throws Exception {
        var first = run("baseline", "--snapshot", LARGE.toString());
        assertThat(first.exitCode()).isZero();
        assertThat(first.out()).isEqualTo(Files.readString(GOLDEN)).isEqualTo(run("baseline", "--snapshot", LARGE.toString()).out());
    }

    @Test
    void checkAgainstTodaysBaselinePassesEvenAtFailOnInfo(@TempDir Path dir) {
        Path baseline = dir.resolve("psdm-baseline.json");
        var recorded = run("baseline", "--snapshot", LARGE.toString(), "--output", baseline.toString());
        assertThat(recorded.exitCode()).isZero();
        int[] failures = CliRunner.largeFailures();
        assertThat(recorded.out()).isEqualTo("Recorded " + failures[0] + " findings of " + failures[1] + " rules in " + baseline + ".\n");

        var check = run("check", "--snapshot", LARGE.toString(), "--baseline", baseline.toString(), "--fail-on", "info");

        assertThat(check.exitCode()).isEqualTo(ExitCode.OK);
        // issue 25 item 1: the report agrees with exit 0, never "13 requirements failed." in red
        assertThat(check.out()).contains("Gate passed (info): no failing requirement \u2014 exit 0. " + failures[1]
                        + " rules fail only on waived or baselined findings.")
                .doesNotContain("requirements failed")
                .contains("Compared with the baseline: 0 new findings, " + failures[0] + " unchanged, 0 fixed. Only new findings fail the check.")
                .contains("(baselined)");
    }

    @Test
    void findingsThatAppearedSinceTheBaselineFailTheCheckAndOnlyThey(@TempDir Path dir) {
        Path baseline = dir.resolve("psdm-baseline.json");
        // a week earlier the RAID items #89 and #91 were not stale yet, and Iteration 12 (#85) not yet among the next two
        run("baseline", "--snapshot", LARGE.toString(), "--as-of", "2026-05-08", "--output", baseline.toString());

        var check = run("check", "--snapshot", LARGE.toString(), "--baseline", baseline.toString());

        assertThat(check.exitCode()).as("#91 is a new ERROR").isEqualTo(ExitCode.FAILED);
        assertThat(check.out()).contains("Compared with the baseline: 3 new findings, " + (CliRunner.largeFailures()[0] - 3) + " unchanged, 0 fixed.")
                .contains("RAID item #89 'Risk: Vendor API access for the artifact migration' last updated 20 days ago (limit 14). [WARNING]  (new)")
                .contains("Issue #69 'Document wave 10 cut-over' is planned in Iteration 10 but has no weight.  (baselined)");
    }

    @Test
    void fixedFindingsAreReported(@TempDir Path dir) throws Exception {
        Path baseline = dir.resolve("psdm-baseline.json");
        run("baseline", "--snapshot", LARGE.toString(), "--output", baseline.toString());
        Files.writeString(baseline, Files.readString(baseline).replace("\"subject\" : \"issue#69\"", "\"subject\" : \"issue#12\""));

        var check = run("check", "--snapshot", LARGE.toString(), "--baseline", baseline.toString(), "--format", "sarif",
                "--fail-on", "warning");

        assertThat(check.exitCode()).as("#69 (a WARNING) now counts as new").isEqualTo(ExitCode.FAILED);
        assertThat(check.out()).contains("\"baselineState\" : \"absent\"").contains("PSDM-WGT-001 no longer fails on 'Document wave 10 cut-over' (issue#12)");
    }

    @Test
    void missingBaselineIsAnErrorAndIsNeverCreated(@TempDir Path dir) {
        Path missing = dir.resolve("psdm-baseline.json");

        var check = run("check", "--snapshot", LARGE.toString(), "--baseline", missing.toString());

        assertThat(check.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(check.out()).isEmpty();
        assertThat(check.err()).isEqualTo("psdm: " + missing + ": no such baseline file (create one with 'psdm baseline')\n");
        assertThat(missing).doesNotExist();
    }

    @Test
    void unreadableBaselineIsAnErrorWithOneLine(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("psdm-baseline.json");
        Files.writeString(bad, "{\"schema\": \"psdm-baseline/9\"}");

        var check = run("check", "--snapshot", LARGE.toString(), "--baseline", bad.toString());

        assertThat(check.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(check.err().lines()).singleElement().asString().contains("unsupported baseline schema \"psdm-baseline/9\"");
    }

    /**
     * Issue 25 item 7: a baseline records the project id, and another project's baseline is refused with one line
     * and exit 2 (it once hid 14 findings); one without an id (an older psdm's) applies, with a line saying so.
     */
    @Test
    void aBaselineIsBoundToItsProject(@TempDir Path dir) throws Exception {
        Path baseline = dir.resolve("psdm-baseline.json");
        run("baseline", "--snapshot", LARGE.toString(), "--output", baseline.toString());
        assertThat(Files.readString(baseline)).contains("\"projectId\" : 4711,");

        var other = PsdmProcess.psdm().run("check", "--snapshot", CliRunner.SMALL.toAbsolutePath().toString(),
                "--baseline", baseline.toString());
        assertThat(other.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(other.out()).as("nothing is written").isEmpty();
        assertThat(other.err().lines()).singleElement().asString().isEqualTo("psdm: --baseline " + baseline
                + ": the baseline was recorded for project 4711 (gitlab-com/gl-professional-services/customers/acme-corp/"
                + "acme-collaboration), not for project 5120 (" + smallPath() + "); record one for this project with psdm baseline");

        Files.writeString(baseline, Files.readString(baseline).replace("  \"projectId\" : 4711,\n", ""));
        var older = run("check", "--snapshot", LARGE.toString(), "--baseline", baseline.toString());
        assertThat(older.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(older.err()).isEqualTo("psdm: note: --baseline " + baseline + " names no project id (recorded by an older"
                + " psdm); applied to gitlab-com/gl-professional-services/customers/acme-corp/acme-collaboration as it is;"
                + " record it again with psdm baseline to bind it\n");
        assertThat(older.out()).contains("0 new findings");
    }

    private static String smallPath() {
        return dev.psdm.model.json.SnapshotJson.read(CliRunner.SMALL).project().pathWithNamespace();
    }
}
