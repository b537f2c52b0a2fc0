package dev.psdm.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static dev.psdm.cli.CliRunner.LARGE;
import static dev.psdm.cli.PsdmProcess.psdm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Colour as ls, grep and git do it (issue 26 item 3), in a real process: on a terminal only,
 * {@code --no-color}, {@code NO_COLOR}, {@code FORCE_COLOR} and {@code --color=always}.
 */
@EnabledOnOs(OS.LINUX)
class TerminalColorsTest {
    private static final String ESC = "\u001b[";
    private static final String SNAPSHOT = LARGE.toAbsolutePath().toString();

    @Test
    void aPipeGetsThePlainTextAndAlwaysGetsColourThatStripsBackToIt() {
        var plain = psdm().run("check", "--snapshot", SNAPSHOT);
        assertThat(plain.exitCode()).as(plain.err()).isEqualTo(ExitCode.FAILED);
        assertThat(plain.out()).doesNotContain(ESC).contains("FAIL  PSDM-IT0-001");

        var coloured = psdm().run("check", "--snapshot", SNAPSHOT, "--color=always");
        assertThat(coloured.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(coloured.out())
                .contains("\u001b[1;31mFAIL\u001b[0m  PSDM-IT0-001", "\u001b[1;31mGate failed\u001b[0m (error)",
                        " \u001b[1;31m[ERROR]\u001b[0m\n", " \u001b[33m[WARNING]\u001b[0m\n");
        assertThat(strip(coloured.out())).isEqualTo(plain.out());
    }

    @Test
    void noColorAndForceColorAreHonouredAndTheOptionsBeatThem() {
        assertThat(psdm().env("FORCE_COLOR", "1").run("check", "--snapshot", SNAPSHOT).out()).contains(ESC);
        assertThat(psdm().env("FORCE_COLOR", "0").run("check", "--snapshot", SNAPSHOT).out()).doesNotContain(ESC);
        // NO_COLOR is the reader's own opt-out: it wins over a FORCE_COLOR the CI image set
        assertThat(psdm().env("FORCE_COLOR", "1").env("NO_COLOR", "1").run("check", "--snapshot", SNAPSHOT).out())
                .doesNotContain(ESC);
        assertThat(psdm().env("FORCE_COLOR", "1").run("check", "--snapshot", SNAPSHOT, "--no-color").out()).doesNotContain(ESC);
        assertThat(psdm().env("FORCE_COLOR", "1").run("check", "--snapshot", SNAPSHOT, "--color", "never").out())
                .doesNotContain(ESC);
        assertThat(psdm().env("NO_COLOR", "1").run("check", "--snapshot", SNAPSHOT, "--color=always").out()).contains(ESC);
    }

    @Test
    void onlyTheTextReportOnStandardOutputIsColoured(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        var json = psdm().run("check", "--snapshot", SNAPSHOT, "--format", "json", "--color=always");
        assertThat(json.out()).startsWith("{").doesNotContain(ESC);
        Path file = dir.resolve("report.txt");
        psdm().run("check", "--snapshot", SNAPSHOT, "--color=always", "-o", file.toString());
        assertThat(Files.readString(file)).contains("FAIL  PSDM-IT0-001").doesNotContain(ESC);
    }

    /** On a terminal (script(1) gives psdm a pseudo-terminal) colour is on by default, and NO_COLOR turns it off. */
    @Test
    void aTerminalGetsColourUnlessNoColorIsSet() {
        assumeThat(Path.of("/usr/bin/script")).as("needs script(1) (util-linux) for a pseudo-terminal").isExecutable();
        var tty = psdm().run(inTerminal(), "check", "--snapshot", SNAPSHOT);
        assertThat(tty.out()).contains("\u001b[1;31mFAIL\u001b[0m  PSDM-IT0-001");
        var noColor = psdm().env("NO_COLOR", "1").run(inTerminal(), "check", "--snapshot", SNAPSHOT);
        assertThat(noColor.out()).contains("FAIL  PSDM-IT0-001").doesNotContain(ESC);
        var dumb = psdm().env("TERM", "dumb").run(inTerminal(), "check", "--snapshot", SNAPSHOT);
        assertThat(dumb.out()).contains("FAIL  PSDM-IT0-001").doesNotContain(ESC);
    }

    /** Wraps psdm's command line in {@code script -qec 'CMD' /dev/null}. */
    private static java.util.function.UnaryOperator<List<String>> inTerminal() {
        return command -> {
            List<String> wrapped = new ArrayList<>(List.of("/usr/bin/script", "-qec"));
            wrapped.add(command.stream().map(w -> "'" + w.replace("'", "'\\''") + "'").collect(Collectors.joining(" ")));
            wrapped.add("/dev/null");
            return wrapped;
        };
    }

    private static String strip(String coloured) {
        return coloured.replaceAll("\u001b\\[[0-9;]*m", "");
    }
}
