package dev.psdm.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.psdm.cli.CliRunner.LARGE;
import static dev.psdm.cli.CliRunner.run;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 25 item 7: an --as-of the data cannot show (after it was read, before the project existed) is refused
 * with one line and exit 2; --allow-as-of-outside-data makes it a what-if run that every report states.
 * The large sample was read at 2026-05-15T12:00:00Z; its project was created at 2025-12-15T09:00:00Z.
 */
class AsOfGuardTest {
    private static final String HINT = "; give an as-of within the data, or --allow-as-of-outside-data for a what-if run";

    @Test
    void anAsOfAfterTheDataWasReadIsRefusedInOneLineInARealProcess() {
        var result = PsdmProcess.psdm().run("check", "--snapshot", LARGE.toAbsolutePath().toString(), "--as-of", "2030-01-01");
        assertThat(result.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("psdm: --as-of: as of 2030-01-01T00:00:00Z is after the data was read"
                + " (2026-05-15T12:00:00Z)" + HINT + "\n");
    }

    @Test
    void anAsOfBeforeTheProjectExistedIsRefused() {
        for (String command : new String[] {"check", "baseline"}) {
            CliRun run = run(command, "--snapshot", LARGE.toString(), "--as-of", "1990-01-01");
            assertThat(run.exitCode()).as(command).isEqualTo(ExitCode.ERROR);
            assertThat(run.err()).as(command).isEqualTo("psdm: --as-of: as of 1990-01-01T00:00:00Z is before the project"
                    + " existed (created 2025-12-15T09:00:00Z)" + HINT + "\n");
        }
    }

    @Test
    void theEdgesOfTheDataAreWithinIt() {
        assertThat(run("check", "--snapshot", LARGE.toString(), "--as-of", "2026-05-15T12:00:00Z").err()).isEmpty();
        assertThat(run("check", "--snapshot", LARGE.toString(), "--as-of", "2025-12-15T09:00:00Z").err()).isEmpty();
        assertThat(run("check", "--snapshot", LARGE.toString(), "--as-of", "2026-05-15T12:00:01Z").exitCode())
                .isEqualTo(ExitCode.ERROR);
    }

    @Test
    void aWhatIfRunIsAllowedAndEveryReportSaysSo(@TempDir Path dir) throws Exception {
        CliRun run = run("check", "--snapshot", LARGE.toString(), "--as-of", "2030-01-01", "--allow-as-of-outside-data",
                "--format", "text,json=" + dir.resolve("r.json") + ",junit=" + dir.resolve("r.xml") + ",html=" + dir.resolve("r.html"));
        assertThat(run.exitCode()).isEqualTo(ExitCode.FAILED);
        String why = "as of 2030-01-01T00:00:00Z is after the data was read (2026-05-15T12:00:00Z)";
        String sentence = "What-if run: " + why + "; the data cannot show that time, so the results are hypothetical.";
        assertThat(run.out().lines().toList().get(2)).isEqualTo(sentence);
        assertThat(new ObjectMapper().readTree(dir.resolve("r.json").toFile()).get("asOfOutsideData").asText()).isEqualTo(why);
        assertThat(Files.readString(dir.resolve("r.xml"))).contains("<property name=\"asOfOutsideData\" value=\"" + sentence + "\"/>");
        assertThat(Files.readString(dir.resolve("r.html"))).contains("<dt>What-if</dt>");

        CliRun customer = run("check", "--snapshot", LARGE.toString(), "--as-of", "2030-01-01", "--allow-as-of-outside-data",
                "--audience", "customer");
        assertThat(customer.out().lines().toList().get(2)).as("the customer view says it too").isEqualTo(sentence);

        CliRun within = run("check", "--snapshot", LARGE.toString(), "--format", "json");
        assertThat(within.out()).doesNotContain("asOfOutsideData");
    }
}
