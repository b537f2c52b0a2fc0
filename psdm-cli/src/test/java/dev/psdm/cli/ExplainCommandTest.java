package dev.psdm.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code psdm explain} (issue 29 item 2) on the large sample, as a PM would run it. */
class ExplainCommandTest {
    private static final String LARGE = CliRunner.LARGE.toString();
    private static final String AS_OF = "2026-05-15T12:00:00Z";

    @Test
    void explainsAFailingRuleFromTheHandbookToWhatWouldMakeItPass() {
        CliRun run = CliRun.of("explain", "PSDM-CER-001", "--snapshot", LARGE, "--as-of", AS_OF);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("PSDM-CER-001  Iteration planning is held each iteration  [WARNING]\nOutcome: FAIL (1 finding)\n")
                .contains("The handbook: PSDM › Iteration Scheduling", "“There are five components within an Iteration schedule",
                        "What was looked at:\n  - 12 iterations in the snapshot\n",
                        "  - Iteration 4 [iteration:10104]: Iteration 4 (2026-02-16 – 2026-03-01) has no iteration planning record",
                        "      near miss: Iteration 4 (2026-02-16 – 2026-03-01): no iteration planning record; nearest candidate #31",
                        "(window: 3 days, `thresholds.planningDaysBefore`)",
                        "  - satisfied: Iteration 1 (2026-01-05 – 2026-01-18): iteration planning record #3 'Iteration 1 planning'",
                        "Settings used (.psdm.yml):\n", "  - thresholds.planningDaysBefore: 3\n",
                        "What would make it pass:\n  Hold the iteration planning and record it",
                        "Quick actions: /label ~\"ceremony::planning\"");
    }

    @Test
    void oneSubjectShowsOnlyWhatIsAboutIt() {
        CliRun run = CliRun.of("explain", "psdm-cer-001", "--subject", "iteration:10101", "--snapshot", LARGE, "--as-of", AS_OF);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Outcome: no finding on iteration:10101 (the rule is FAIL)",
                        "  - satisfied: Iteration 1 (2026-01-05 – 2026-01-18)", "Nothing: it passes for this subject.")
                .doesNotContain("Iteration 4", "Iteration 2 (");
    }

    @Test
    void aPassingOrNotApplicableRuleSaysWhy() {
        CliRun na = CliRun.of("explain", "PSDM-CER-006", "--snapshot", LARGE, "--as-of", AS_OF);
        assertThat(na.exitCode()).isZero();
        assertThat(na.out()).contains("Outcome: NOT_APPLICABLE", "applies to SMALL projects; this one is LARGE",
                "size: Project size LARGE", "Nothing to do: the rule does not apply");
    }

    @Test
    void anUnknownRuleIsOneLineListingTheRules() {
        CliRun run = CliRun.of("explain", "PSDM-NOPE-001", "--snapshot", LARGE);
        assertThat(run.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip()).doesNotContain("\n").startsWith("psdm: no rule PSDM-NOPE-001; the rules are: PSDM-")
                .contains("PSDM-CER-001", "PSDM-WGT-002");
    }

    @Test
    void anUnknownSubjectIsOneLineListingTheRulesSubjects() {
        CliRun run = CliRun.of("explain", "PSDM-CER-001", "--subject", "issue#999", "--snapshot", LARGE, "--as-of", AS_OF);
        assertThat(run.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(run.err().strip()).doesNotContain("\n")
                .startsWith("psdm: no subject issue#999 in PSDM-CER-001's outcome; its subjects are: iteration:10101,")
                .contains("iteration:10104");
    }

    @Test
    void explainIsAboutOneProject() {
        CliRun run = CliRun.of("explain", "PSDM-CER-001", "--gitlab-url", "http://127.0.0.1:9", "--group", "acme");
        assertThat(run.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(run.err()).contains("explain is about one project");
    }
}
