package dev.psdm.cli;

import dev.psdm.report.Waiver;
import dev.psdm.report.Report;
import dev.psdm.report.Waivers;
import dev.psdm.report.baseline.Baseline;
import dev.psdm.rules.testing.Samples;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --fail-on}: waived and baselined findings never count, whatever the threshold. */
class FailOnTest {
    private static final Report LARGE = Samples.large();

    @Test
    void waiverTurnsTheFailingRunIntoAPassingOneExactlyForTheWaivedFindings() {
        Report waived = Waivers.apply(LARGE, List.of(new Waiver("PSDM-IT0-001", null, "kickoff was held before the project", null),
                new Waiver("PSDM-RAID-002", "issue#91", "cut-over date owned by the customer", null)), LocalDate.parse("2026-05-15"));

        assertThat(FailOn.ERROR.exitCode(LARGE)).isEqualTo(ExitCode.FAILED);
        assertThat(FailOn.ERROR.exitCode(waived)).isEqualTo(ExitCode.OK);
        assertThat(FailOn.WARNING.exitCode(waived)).as("the unwaived warnings still count").isEqualTo(ExitCode.FAILED);
    }

    @Test
    void baselinedFindingsNeverCount() {
        Report baselined = Baseline.of(LARGE).applyTo(LARGE);
        for (FailOn level : FailOn.values()) {
            assertThat(level.exitCode(baselined)).as(level.name()).isEqualTo(ExitCode.OK);
        }
    }
}
