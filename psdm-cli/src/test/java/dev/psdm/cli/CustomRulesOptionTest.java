package dev.psdm.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code psdm check --rules FILE}: custom DRL beside the bundled rules; a bad file is one line on stderr, exit 2. */
class CustomRulesOptionTest {
    private static final String SMALL = Path.of("..", "examples", "snapshots", "small-project.json").toString();
    private static final String RULE = """
            package team.rules;
            import dev.psdm.engine.facts.RaidItem;
            global dev.psdm.engine.Findings findings;

            rule "TEAM-RAID-001 Open RAID items have a due date"
                @id("TEAM-RAID-001") @title("Open RAID items have a due date") @severity("ERROR")
                @appliesTo("ALL") @source("Team agreement")
            %s
                $item : RaidItem( open, issue.dueDate() == null )
            then
                findings.fail(drools, $item.subject(), "RAID item #" + $item.issue().iid() + " has no due date.");
            end
            """;

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    // Libraries log to System.err directly; the contract covers everything the user sees there.
    private final ByteArrayOutputStream systemErr = new ByteArrayOutputStream();
    private PrintStream originalErr;

    @BeforeEach
    void captureSystemErr() {
        originalErr = System.err;
        System.setErr(new PrintStream(systemErr, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreSystemErr() {
        System.setErr(originalErr);
    }

    @Test
    void customRuleResultsAppearInTheReportAndTheExitCode() throws IOException {
        Path team = Files.writeString(dir.resolve("team.drl"), RULE.formatted("when"));

        int code = run("check", "--snapshot", SMALL, "--rules", team.toString(), "--format", "json");

        assertThat(code).isEqualTo(ExitCode.FAILED);
        assertThat(out.toString()).contains("\"ruleId\" : \"TEAM-RAID-001\"").contains("RAID item #20 has no due date.");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void syntaxErrorIsOneLineWithFileAndLineAndExitTwo() throws IOException {
        Path team = Files.writeString(dir.resolve("team.drl"), RULE.formatted("whenn"));

        int code = run("check", "--snapshot", SMALL, "--rules", team.toString());

        assertThat(code).isEqualTo(ExitCode.ERROR);
        assertThat(err.toString()).startsWith("psdm: " + team + ":8:").contains("whenn").hasLineCount(1);
        assertThat(systemErr.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void verboseAddsTheStackTrace() throws IOException {
        Path team = Files.writeString(dir.resolve("team.drl"), RULE.formatted("whenn"));

        run("check", "--snapshot", SMALL, "--rules", team.toString(), "--verbose");

        assertThat(err.toString()).contains("InvalidRulesException").contains("\tat ");
    }

    @Test
    void aRuleThatThrowsIsNamedInOneLineNotAnInternalError() throws IOException {
        Path team = Files.writeString(dir.resolve("team.drl"), RULE.formatted("when").replace(
                "findings.fail(drools, $item.subject(), \"RAID item #\" + $item.issue().iid() + \" has no due date.\");",
                "throw new IllegalStateException(\"no due date on #\" + $item.issue().iid());"));

        int code = run("check", "--snapshot", SMALL, "--rules", team.toString());

        assertThat(code).isEqualTo(ExitCode.ERROR);
        assertThat(err.toString()).startsWith("psdm: rule TEAM-RAID-001 (\"TEAM-RAID-001 Open RAID items have a due date\") in "
                        + team + " failed on ")
                .contains(": IllegalStateException: no due date on #20").doesNotContain("internal error").hasLineCount(1);
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aRuleWhoseConditionThrowsIsNamedWithItsFile() throws IOException {
        // issue 22 item 10: Drools named only its generated class ("...Rule_EVIL...Eval0Invoker@5e9f23b4")
        Path team = Files.writeString(dir.resolve("evil.drl"), RULE.formatted("when")
                .replace("$item : RaidItem( open, issue.dueDate() == null )",
                        "$item : RaidItem( open, issue.dueDate() == null )\n    eval( 1 / ($item.issue().iid() - $item.issue().iid()) > 0 )"));

        int code = run("check", "--snapshot", SMALL, "--rules", team.toString());

        assertThat(code).isEqualTo(ExitCode.ERROR);
        assertThat(err.toString()).startsWith("psdm: rule TEAM-RAID-001 (\"TEAM-RAID-001 Open RAID items have a due date\") in "
                        + team + " failed on ")
                .contains("ArithmeticException").doesNotContain("Invoker", "internal error").hasLineCount(1);
    }

    @Test
    void aRuleThatReportsANullIsNamedBeforeAnyReportIsWritten() throws IOException {
        // issue 22 item 10: a null message was written to the JSON, then the HTML writer failed with an NPE
        Path team = Files.writeString(dir.resolve("team.drl"), RULE.formatted("when").replace(
                "\"RAID item #\" + $item.issue().iid() + \" has no due date.\"", "(String) null"));
        Path json = dir.resolve("report.json");
        Path html = dir.resolve("report.html");

        int code = run("check", "--snapshot", SMALL, "--rules", team.toString(), "--format", "json=" + json + ",html=" + html);

        assertThat(code).isEqualTo(ExitCode.ERROR);
        assertThat(err.toString()).startsWith("psdm: rule TEAM-RAID-001 (\"TEAM-RAID-001 Open RAID items have a due date\") in "
                        + team + " failed on ")
                .contains("findings.fail was given no message (null)").hasLineCount(1);
        assertThat(json).doesNotExist();
        assertThat(html).doesNotExist();
    }

    @Test
    void rulesListsCustomRulesBesideTheBundledOnesAndRefusesABrokenFile() throws IOException {
        Path team = Files.writeString(dir.resolve("team.drl"), RULE.formatted("when"));

        assertThat(run("rules", "--rules", team.toString())).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("TEAM-RAID-001").contains("Open RAID items have a due date")
                .contains("PSDM-RAID-002");

        Path broken = Files.writeString(dir.resolve("broken.drl"), RULE.formatted("whenn"));
        assertThat(run("rules", "--rules", broken.toString())).isEqualTo(ExitCode.ERROR);
        assertThat(err.toString()).startsWith("psdm: " + broken + ":8:").hasLineCount(1);
    }

    @Test
    void missingRuleFileIsOneLine() {
        Path missing = dir.resolve("missing.drl");

        int code = run("check", "--snapshot", SMALL, "--rules", missing.toString());

        assertThat(code).isEqualTo(ExitCode.ERROR);
        assertThat(err.toString()).isEqualTo("psdm: " + missing + ": cannot read: no such file" + System.lineSeparator());
    }

    private int run(String... args) {
        return PsdmCli.run(args, new PrintWriter(out), new PrintWriter(err));
    }
}
