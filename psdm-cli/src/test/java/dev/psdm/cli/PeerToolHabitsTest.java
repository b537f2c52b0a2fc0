package dev.psdm.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.psdm.cli.CliRunner.SMALL;
import static dev.psdm.cli.PsdmProcess.psdm;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The habits of conftest, PMD, Checkstyle and gitlab-triage users, typed into a real {@code psdm}
 * process (issue 26 items 1, 3 and 4).
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class PeerToolHabitsTest {
    private static final String SNAPSHOT = SMALL.toAbsolutePath().toString();

    /** Exit 2, and standard error is this one line and nothing else. */
    private static void assertRefused(PsdmProcess.Result result, String line) {
        assertThat(result.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(result.err()).isEqualTo(line + "\n");
    }

    @Test
    void outputNamedLikeAFormatIsRefusedNamingTheFormatOption(@TempDir Path dir) {
        // conftest's -o is the format: "-o json" wrote the text report to a file named json
        assertRefused(psdm().in(dir).run("check", "--snapshot", SNAPSHOT, "-o", "json"),
                "psdm: -o/--output is the file to write, not the format: for the json format"
                        + " give --format json (with --output FILE to write it to a file)");
        assertThat(dir.resolve("json")).doesNotExist();
    }

    @Test
    void aFormatWithAnEmptyFileNameAsksForOne(@TempDir Path dir) {
        assertRefused(psdm().in(dir).run("check", "--snapshot", SNAPSHOT, "--format", "html="),
                "psdm: --format html= gives no file name; give one, e.g. --format"
                        + " html=psdm-report.html (or leave out '=' for standard output)");
    }

    @Test
    void bareCommandPrintsTheUsageOnStandardErrorAndExits2() {
        var result = psdm().run();
        assertThat(result.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).startsWith("Usage: psdm").contains("check", "snapshot", "rules", "Exit codes:");
    }

    @Test
    void rulesFormatIsCaseInsensitiveAndOneRuleHasItsPage() {
        var json = psdm().run("rules", "--format", "JSON");
        assertThat(json.exitCode()).as(json.err()).isZero();
        assertThat(json.out()).startsWith("[").contains("PSDM-RAID-002");

        var page = psdm().run("rules", "psdm-raid-002");
        assertThat(page.exitCode()).as(page.err()).isZero();
        assertThat(page.out()).startsWith("PSDM-RAID-002  RAID items are kept current\n")
                .contains("\nWhy:\n", "\nPasses when:\n", "\nFails when:\n", "\nSettings (.psdm.yml):\n",
                        "  thresholds.raidStaleDays: 14\n", "\nHandbook: PSDM › RAID", "Rule page: https://gitlab.com/psdm-check/psdm-check/-/blob/main/docs/rules/PSDM-RAID-002.md");

        assertRefused(psdm().run("rules", "PSDM-RAID-009"), "psdm: no rule PSDM-RAID-009 (did you mean PSDM-RAID-001,"
                + " PSDM-RAID-002, PSDM-RAID-003?); 'psdm rules' lists them all");
    }

    @Test
    void snapshotHelpListsOnlyTheOptionsThatApplyToIt() {
        var snapshot = psdm().run("snapshot", "--help");
        assertThat(snapshot.exitCode()).isZero();
        assertThat(snapshot.out()).contains("--gitlab-url", "--project", "--quiet")
                .doesNotContain("--group", "--parallel-projects", "--max-requests-per-minute", "--token ");
        var check = psdm().run("check", "--help");
        assertThat(check.out()).contains("--group", "--parallel-projects", "--max-requests-per-minute", "-q, --quiet");
    }

    @Test
    void aTokenOnTheCommandLineIsRefusedWithoutRepeatingIt() {
        for (String command : new String[]{"check", "snapshot"}) {
            var result = psdm().run(command, "--gitlab-url", "http://127.0.0.1:9", "--project", "a/b",
                    "--token", "glpat-ONTHECOMMANDLINE123", "-o", "x.json");
            assertThat(result.exitCode()).isEqualTo(ExitCode.ERROR);
            assertThat(result.err()).startsWith("psdm: --token is not accepted: a token on the command line is visible")
                    .contains("GITLAB_TOKEN", "--token-file FILE").doesNotContain("glpat-ONTHECOMMANDLINE123");
        }
    }

    @Test
    void quietWorksForASnapshotFileToo(@TempDir Path dir) throws Exception {
        // "Missing required argument(s): --gitlab-url=URL": --quiet belonged to the GitLab options
        var check = psdm().run("check", "--snapshot", SNAPSHOT, "--quiet");
        assertThat(check.exitCode()).as(check.err()).isZero();
        assertThat(check.err()).isEmpty();
        assertThat(check.out()).contains("PSDM check of");

        var baseline = psdm().run("baseline", "--snapshot", SNAPSHOT, "-q", "-o", dir.resolve("b.json").toString());
        assertThat(baseline.exitCode()).as(baseline.err()).isZero();
        assertThat(baseline.out() + baseline.err()).isEmpty();
        assertThat(Files.readString(dir.resolve("b.json"))).contains("psdm-baseline/1");
    }
}
