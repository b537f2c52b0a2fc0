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
 * Inputs as users give them and the messages they get, in a real process (issue 26 items 2, 8, 9
 * and 10; issue 22 item 10's process substitution).
 */
@EnabledOnOs(OS.LINUX)
class MessagesKeepTheirCauseTest {
    private static final String SNAPSHOT = SMALL.toAbsolutePath().toString();
    private static final String TEAM_RULE = """
            package team.rules;
            import dev.psdm.engine.facts.RaidItem;
            global dev.psdm.engine.Findings findings;

            rule "TEAM-RAID-001 Open RAID items have a due date"
                @id("TEAM-RAID-001") @title("Open RAID items have a due date") @severity("ERROR")
                @appliesTo("ALL") @source("Team agreement")
            when
                $item : RaidItem( open, issue.dueDate() == null )
            then
                findings.fail(drools, $item.subject(), "RAID item #" + $item.issue().iid() + " has no due date.");
            end
            """;

    @Test
    void aSnapshotOnStandardInputIsDash() throws Exception {
        var result = psdm().stdin(Files.readAllBytes(SMALL)).run("check", "--snapshot", "-", "--format", "json");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("\"schema\" : \"psdm-report/1\"", "globex-collaboration");
    }

    @Test
    void configAndRulesAcceptProcessSubstitution(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("team.yml"), "thresholds:\n  raidStaleDays: 21\n");
        Files.writeString(dir.resolve("team.drl"), TEAM_RULE);
        var result = psdm().in(dir).runInBash("--config <(cat team.yml) --rules <(cat team.drl)",
                "check", "--snapshot", SNAPSHOT, "--format", "json");
        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.FAILED);
        assertThat(result.out()).contains("\"ruleId\" : \"TEAM-RAID-001\"", "RAID item #20 has no due date.");

        // a broken one names the pipe as the user gave it, with the line
        Files.writeString(dir.resolve("bad.yml"), "thresholds:\n  raidStaleDays: soon\n");
        var bad = psdm().in(dir).runInBash("--config <(cat bad.yml)", "check", "--snapshot", SNAPSHOT);
        assertThat(bad.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(bad.err()).startsWith("psdm: /dev/fd/").contains(":2", "raidStaleDays").hasLineCount(1);
    }

    @Test
    void anUnexpandedTildeGetsAHint() {
        var result = psdm().run("check", "--snapshot", "~/snapshots/s.json");
        assertThat(result.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(result.err()).isEqualTo("psdm: --snapshot ~/snapshots/s.json: no such file; '~' is expanded by the"
                + " shell, and here it was not (quoted, or in a variable): write $HOME/snapshots/s.json or the full path\n");
    }

    @Test
    void unreadableInputsSayPermissionDeniedAndTheVerboseHintOnlyWithoutVerbose(@TempDir Path dir) throws Exception {
        Path snapshot = Files.copy(SMALL, dir.resolve("s.json"));
        Path baseline = Files.writeString(dir.resolve("b.json"), "{}");
        Path config = Files.writeString(dir.resolve("team.yml"), "labels: {}\n");
        for (Path p : new Path[]{snapshot, baseline, config}) {
            Files.setPosixFilePermissions(p, java.util.Set.of());
        }
        boolean root = (int) Files.getAttribute(Path.of("/proc/self"), "unix:uid") == 0;
        if (!root) {
            assertThat(psdm().run("check", "--snapshot", snapshot.toString()).err())
                    .isEqualTo("psdm: cannot read --snapshot " + snapshot + ": Permission denied\n");
            assertThat(psdm().run("check", "--snapshot", SNAPSHOT, "--baseline", baseline.toString()).err())
                    .isEqualTo("psdm: cannot read --baseline " + baseline + ": Permission denied\n");
        }
        // a directory reads the same for every option
        assertThat(psdm().run("check", "--snapshot", dir + "/").err()).isEqualTo("psdm: --snapshot " + dir + ": is a directory; give a file\n");
        assertThat(psdm().run("check", "--snapshot", SNAPSHOT, "--baseline", dir.toString()).err())
                .isEqualTo("psdm: --baseline " + dir + ": is a directory; give a file\n");
    }

    @Test
    void psdmsOwnFileKindsAreRecognised(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("report.json");
        Path baseline = dir.resolve("baseline.json");
        assertThat(psdm().run("check", "--snapshot", SNAPSHOT, "--format", "json=" + report, "--fail-on", "never").exitCode()).isZero();
        assertThat(psdm().run("baseline", "--snapshot", SNAPSHOT, "-o", baseline.toString()).exitCode()).isZero();

        assertThat(psdm().run("check", "--snapshot", report.toString()).err()).isEqualTo("psdm: " + report
                + " is a report file (psdm check --format json writes them), not a snapshot (make one with psdm snapshot)\n");
        assertThat(psdm().run("check", "--snapshot", baseline.toString()).err()).isEqualTo("psdm: " + baseline
                + " is a baseline file (make one with psdm baseline), not a snapshot (make one with psdm snapshot)\n");
        assertThat(psdm().run("check", "--snapshot", SNAPSHOT, "--baseline", SNAPSHOT).err()).isEqualTo("psdm: " + SNAPSHOT
                + " is a snapshot file (make one with psdm snapshot), not a baseline (make one with psdm baseline)\n");
    }

    @Test
    void anAsOfWithoutAZoneSaysAddZOrAnOffset() {
        var result = psdm().run("check", "--snapshot", SNAPSHOT, "--as-of", "2026-05-15T12:00");
        assertThat(result.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(result.err()).contains("'2026-05-15T12:00' has no time zone: add Z (UTC) or an offset, e.g."
                + " 2026-05-15T12:00Z or 2026-05-15T12:00+02:00");
    }
}
