package dev.psdm.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static dev.psdm.cli.CliRunner.run;
import static org.assertj.core.api.Assertions.assertThat;

class CommandsTest {

    @Test
    void versionPrintsTheProjectVersion() {
        var result = run("--version");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).matches("psdm-check \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R");
    }

    @ParameterizedTest
    @ValueSource(strings = {"check", "baseline", "rules"})
    void everyCommandHasHelp(String command) {
        var result = run(command, "--help");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Usage: psdm " + command);
    }

    @Test
    void topLevelHelpListsTheCommandsAndExitCodes() {
        var result = run("--help");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("check", "baseline", "rules", "Exit codes:");
    }

    @Test
    void rulesListsTheCatalogFromMetadata() {
        var result = run("rules");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("PSDM-IT0-001", "PSDM-CER-001", "PSDM-CER-006", "PSDM-WGT-001", "PSDM-RAID-002")
                .contains("RAID items are kept current");
    }

    @ParameterizedTest
    @ValueSource(strings = {"markdown", "json"})
    void rulesInOtherFormats(String format) {
        var result = run("rules", "--format", format);
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("PSDM-RAID-002");
    }
}
