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
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Inputs as users give them and the messages they get, in a real process (issue 26 items 2, 7, 8, 9
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

    /**
     * Issue 26 item 8, as any user, root included (CI runs as root): a read that the OS fails gives the user's
     * path and the OS reason for every input. {@code /proc/self/mem} opens but its first page is not mapped,
     * so reading it fails with EIO whoever reads it.
     */
    @Test
    void aReadTheOsFailsNamesThePathAndTheReasonForEveryInputEvenAsRoot() {
        String mem = "/proc/self/mem";
        assumeThat(Path.of(mem)).as("Linux procfs").exists();
        assertThat(psdm().run("check", "--snapshot", mem).err())
                .isEqualTo("psdm: cannot read --snapshot " + mem + ": Input/output error\n");
        assertThat(psdm().run("check", "--snapshot", SNAPSHOT, "--baseline", mem).err())
                .isEqualTo("psdm: cannot read --baseline " + mem + ": Input/output error\n");
        var config = psdm().run("check", "--snapshot", SNAPSHOT, "--config", mem);
        assertThat(config.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(config.err()).isEqualTo("psdm: cannot read --config " + mem + ": Input/output error\n");
        var rules = psdm().run("check", "--snapshot", SNAPSHOT, "--rules", mem);
        assertThat(rules.exitCode()).isEqualTo(ExitCode.ERROR);
        // custom rules are read by the engine, which names the file and the reason its own way
        assertThat(rules.err()).isEqualTo("psdm: " + mem + ": cannot read: Input/output error\n");
    }

    /**
     * Issue 26 item 8, as any user: root too, since psdm then runs without CAP_DAC_OVERRIDE (which alone lets
     * root read a mode-000 file), see {@link PsdmProcess#withoutRootsPrivileges()}.
     */
    @Test
    void unreadableInputsSayPermissionDeniedAndTheVerboseHintOnlyWithoutVerbose(@TempDir Path dir) throws Exception {
        Path snapshot = Files.copy(SMALL, dir.resolve("s.json"));
        Path baseline = Files.writeString(dir.resolve("b.json"), "{}");
        Path config = Files.writeString(dir.resolve("team.yml"), "labels: {}\n");
        for (Path p : new Path[]{snapshot, baseline, config}) {
            Files.setPosixFilePermissions(p, java.util.Set.of());
        }
        var unreadable = psdm().withoutRootsPrivileges().run("check", "--snapshot", snapshot.toString());
        assertThat(unreadable.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(unreadable.err()).isEqualTo("psdm: cannot read --snapshot " + snapshot + ": Permission denied\n");
        assertThat(psdm().withoutRootsPrivileges().run("check", "--snapshot", SNAPSHOT, "--baseline", baseline.toString()).err())
                .isEqualTo("psdm: cannot read --baseline " + baseline + ": Permission denied\n");
        assertThat(psdm().withoutRootsPrivileges().run("check", "--snapshot", SNAPSHOT, "--config", config.toString()).err())
                .isEqualTo("psdm: cannot read --config " + config + ": Permission denied\n");

        // --verbose adds the trace under the same first line, and never the hint to run with --verbose
        var verbose = psdm().withoutRootsPrivileges().run("check", "--snapshot", snapshot.toString(), "--verbose");
        assertThat(verbose.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(verbose.err()).startsWith("psdm: cannot read --snapshot " + snapshot + ": Permission denied\n")
                .contains("\tat dev.psdm.cli.").doesNotContain("run with --verbose");
    }

    @Test
    void aDirectoryReadsTheSameForEveryOption(@TempDir Path dir) {
        assertThat(psdm().run("check", "--snapshot", dir + "/").err()).isEqualTo("psdm: --snapshot " + dir + ": is a directory; give a file\n");
        assertThat(psdm().run("check", "--snapshot", SNAPSHOT, "--baseline", dir.toString()).err())
                .isEqualTo("psdm: --baseline " + dir + ": is a directory; give a file\n");
    }

    /** Issue 26 item 7: the three YAML mistakes it tried, each one line with line, column and the reason. */
    @Test
    void invalidYamlNamesLineColumnAndTheReason(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("escape.yml"), "labels:\n  sow: \"(SOW-\\d+\"\n");
        Files.writeString(dir.resolve("t8.yml"), "labels:\n\tsow: x\n");
        Files.writeString(dir.resolve("indent.yml"), "labels:\n  sow: x\n raid: y\n");
        Files.writeString(dir.resolve("deeper.yml"), "labels:\n  sow: x\n   raid: y\n");
        Files.writeString(dir.resolve("item.yml"), "labels:\n  sow: x\n  raid:\n   - a\n  - b\n");

        assertThat(yamlError(dir, "escape.yml")).isEqualTo("psdm: escape.yml:2:15: invalid YAML: \\d is not an escape in a"
                + " double-quoted string: put a regular expression in single quotes ('(SOW-\\d+)'), or write the backslash"
                + " twice (\"\\\\d\")\n");
        assertThat(yamlError(dir, "t8.yml")).isEqualTo("psdm: t8.yml:2:1: invalid YAML: a tab character: YAML indents"
                + " with spaces only\n");
        // never SnakeYAML's "while parsing a block mapping" nor its token names ("found '<block mapping start>'")
        assertThat(yamlError(dir, "indent.yml")).isEqualTo("psdm: indent.yml:3:2: invalid YAML: a key indented less than"
                + " the keys before it in the same section ('raid' at column 2 lines up with no key above it)\n");
        assertThat(yamlError(dir, "item.yml")).isEqualTo("psdm: item.yml:5:3: invalid YAML: a key indented less than"
                + " the keys before it in the same section (the list item '-' at column 3 lines up with no key above it)\n");
        assertThat(yamlError(dir, "deeper.yml")).startsWith("psdm: deeper.yml:3:8: invalid YAML: a ':' where no key can"
                + " start: a key indented deeper than the one above it").hasLineCount(1);
        // --verbose adds the stack trace, never a different first line
        var verbose = psdm().in(dir).run("check", "--snapshot", SNAPSHOT, "--config", "t8.yml", "--verbose");
        assertThat(verbose.err()).startsWith("psdm: t8.yml:2:1: invalid YAML: a tab character");
    }

    /**
     * Issue 26 item 7 through a pipe: YAML from {@code <(…)} (bash's /dev/fd/63) or an explicit
     * {@code /dev/fd/N} reads like a file's, named as given, with the bracket or quote that is not closed
     * and where it opened, never SnakeYAML's "while parsing a flow node ... '<stream end>'".
     */
    @Test
    void invalidYamlFromAPipeNamesThePathAsGivenTheLineColumnAndTheReason(@TempDir Path dir) throws Exception {
        var list = psdm().in(dir).runInBash("--config <(printf 'labels:\\n  sow: [\\n')", "check", "--snapshot", SNAPSHOT);
        assertThat(list.exitCode()).as(list.err()).isEqualTo(ExitCode.ERROR);
        assertThat(list.err()).matches("psdm: /dev/fd/\\d+:3:1: invalid YAML: the \\[list opened at line 2, column 8 is not"
                + " closed with \\] before the end of the file\n");

        Files.writeString(dir.resolve("section.yml"), "labels:\n  sow: x\n  raid: {a: 'b # ]', c: [d, e]\n");
        var section = psdm().in(dir).runInBash("--config /dev/fd/7 7< section.yml", "check", "--snapshot", SNAPSHOT);
        assertThat(section.exitCode()).as(section.err()).isEqualTo(ExitCode.ERROR);
        // the quoted '# ]' and the closed [d, e] are not the bracket left open
        assertThat(section.err()).isEqualTo("psdm: /dev/fd/7:4:1: invalid YAML: the {section opened at line 3, column 9 is"
                + " not closed with } before the end of the file\n");

        Files.writeString(dir.resolve("quote.yml"), "labels:\n  sow: \"(SOW-[0-9]+)\n");
        assertThat(yamlError(dir, "quote.yml")).isEqualTo("psdm: quote.yml:3:1: invalid YAML: the quoted value that starts"
                + " at line 2, column 8 is not closed before the end of the file\n");
        Files.writeString(dir.resolve("stray.yml"), "labels:\n  sow: [a]]\n");
        assertThat(yamlError(dir, "stray.yml")).isEqualTo("psdm: stray.yml:2:11: invalid YAML: a ']' that closes no [list:"
                + " remove it, or quote the value it belongs to\n");
        Files.writeString(dir.resolve("crossed.yml"), "labels:\n  sow: {a: [b}\n");
        assertThat(yamlError(dir, "crossed.yml")).isEqualTo("psdm: crossed.yml:2:14: invalid YAML: the [list opened at"
                + " line 2, column 12 is not closed with ] before the '}'\n");
    }

    private static String yamlError(Path dir, String file) {
        var result = psdm().in(dir).run("config", "--check", file);
        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.ERROR);
        return result.err();
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
        // JSON is YAML: a snapshot as --config was "schema: unknown key"
        assertThat(psdm().run("check", "--snapshot", SNAPSHOT, "--config", SNAPSHOT).err()).isEqualTo("psdm: " + SNAPSHOT
                + " is a snapshot file (make one with psdm snapshot), not a conventions file (psdm config --print-defaults"
                + " > .psdm.yml writes one)\n");
    }

    @Test
    void anAsOfWithoutAZoneSaysAddZOrAnOffset() {
        var result = psdm().run("check", "--snapshot", SNAPSHOT, "--as-of", "2026-05-15T12:00");
        assertThat(result.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(result.err()).contains("'2026-05-15T12:00' has no time zone: add Z (UTC) or an offset, e.g."
                + " 2026-05-15T12:00Z or 2026-05-15T12:00+02:00");
    }
}
