package dev.psdm.cli;

import org.junit.jupiter.api.Test;

import static dev.psdm.cli.CliRunner.LARGE;
import static org.assertj.core.api.Assertions.assertThat;

/** A mistyped subcommand or option names the nearest ones (picocli's suggestions), exit 2. */
class DidYouMeanTest {

    @Test
    void aMistypedSubcommandSuggestsTheNearest() {
        CliRun run = CliRun.of("chek", "--snapshot", LARGE.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.ERROR);
        // picocli's nearest names, nearest first ("check or help")
        assertThat(run.err()).contains("\nDid you mean: check").endsWith("Try 'psdm --help' for more information.\n");
    }

    @Test
    void aMistypedOptionSuggestsTheNearest() {
        CliRun run = CliRun.of("check", "--snapshot", LARGE.toString(), "--fail-onn", "never");
        assertThat(run.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(run.err()).contains("\nDid you mean: --fail-on");
    }

    @Test
    void nothingNearGivesNoSuggestion() {
        CliRun run = CliRun.of("check", "--snapshot", LARGE.toString(), "--zzzzzzzz");
        assertThat(run.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(run.err()).doesNotContain("Did you mean");
    }
}
