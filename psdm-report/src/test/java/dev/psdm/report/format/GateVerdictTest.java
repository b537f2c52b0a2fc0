package dev.psdm.report.format;

import dev.psdm.report.FailOn;
import dev.psdm.report.Report;
import dev.psdm.report.testing.GoldenReports;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 25 items 1 and 2: every format states the gate the exit code gives, failing rules most severe first. */
class GateVerdictTest {
    private static final FormatOptions OPTIONS = GoldenFilesTest.OPTIONS;

    @Test
    void withFailOnNeverNoFormatShowsAFailedGate() {
        Report report = GoldenReports.large().gatedAt(FailOn.NEVER);

        assertThat(report.gate().exitCode()).isZero();
        assertThat(ReportFormat.TEXT.writer(OPTIONS).render(report).lines().skip(1).findFirst().orElseThrow())
                .isEqualTo("Gate passed (never): 2 errors, 5 warnings, 6 info (the gate never fails) \u2014 exit 0.");
        assertThat(ReportFormat.JUNIT.writer(OPTIONS).render(report))
                .contains("<testsuites name=\"psdm-check\" tests=\"").contains("failures=\"0\"")
                .doesNotContain("<failure").contains("WARNING, below the gate (--fail-on never)");
        assertThat(ReportFormat.HTML.writer(OPTIONS).render(report)).contains("<h1 class=\"verdict ok\">Gate passed (never)");
        assertThat(ReportFormat.MARKDOWN.writer(OPTIONS).render(report)).startsWith("## PSDM check: Gate passed (never)");
        assertThat(ReportFormat.JSON.writer(OPTIONS).render(report)).contains("\"verdict\" : \"passed\"", "\"failOn\" : \"never\"");
        assertThat(ReportFormat.SARIF.writer(OPTIONS).render(report)).contains("\"exitCode\" : 0");
    }

    @Test
    void atErrorOnlyTheErrorFindingsAreJUnitFailures() {
        Report report = GoldenReports.large().gatedAt(FailOn.ERROR);

        assertThat(report.gate().exitCode()).isEqualTo(1);
        String junit = ReportFormat.JUNIT.writer(OPTIONS).render(report);
        // PSDM-IT0-001 (1 finding) and the ERROR finding of PSDM-RAID-002 (#91); #89 is a WARNING
        assertThat(junit.split("<failure ", -1)).hasSize(3);
        assertThat(ReportFormat.HTML.writer(OPTIONS).render(report)).contains("<h1 class=\"verdict fail\">Gate failed (error)");
    }

    @Test
    void failingRulesComeMostSevereFirst() {
        String text = ReportFormat.TEXT.writer(OPTIONS).render(GoldenReports.large());

        assertThat(text.lines().filter(l -> l.startsWith("FAIL  ")).limit(3).toList())
                .extracting(l -> l.substring(6, l.indexOf("  ", 6)))
                .containsExactly("PSDM-IT0-001", "PSDM-RAID-002", "PSDM-CER-001");
    }
}
