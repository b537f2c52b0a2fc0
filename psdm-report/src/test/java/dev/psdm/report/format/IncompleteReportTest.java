package dev.psdm.report.format;

import dev.psdm.report.ReadFailure;
import dev.psdm.report.Report;
import dev.psdm.report.RuleResult;
import dev.psdm.report.Severity;
import dev.psdm.report.Status;
import dev.psdm.report.testing.OutputValidators;
import dev.psdm.report.testing.Reports;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 22 item 2: a report whose data failed to read says "incomplete" in every format, and never reads
 * as a pass, even when no rule failed.
 */
class IncompleteReportTest {
    private static final String REASON = "page 2 of the issues answered 404 Not Found";
    private static final Report INCOMPLETE = Reports.of(new RuleResult("PSDM-RAID-002", "RAID items are kept current",
                    Severity.WARNING, Status.NOT_EVALUATED, "PSDM › RAID", "the check failed to read issues: " + REASON, List.of()))
            .withReadFailures(List.of(new ReadFailure("issues", REASON)));

    @Test
    void everyFormatSaysIncompleteAndWhatFailedToRead() {
        for (ReportFormat format : ReportFormat.values()) {
            String out = format.writer().render(INCOMPLETE);
            assertThat(out).as(format.name()).containsIgnoringCase("incomplete").contains("issues").contains("404 Not Found");
        }
    }

    @Test
    void theHumanFormatsOpenWithTheVerdictAndNeverLookGreen() {
        assertThat(ReportFormat.TEXT.writer().render(INCOMPLETE).lines().skip(1).findFirst().orElseThrow())
                .startsWith("Incomplete: the check failed to read issues (" + REASON + ")");
        assertThat(ReportFormat.MARKDOWN.writer().render(INCOMPLETE)).startsWith("## PSDM check: Incomplete: ");
        assertThat(ReportFormat.HTML.writer().render(INCOMPLETE)).contains("<h1 class=\"verdict not-final\">Incomplete: ")
                .doesNotContain("verdict ok");
    }

    @Test
    void theMachineFormatsCarryTheVerdictAndStayValid() {
        assertThat(ReportFormat.JSON.writer().render(INCOMPLETE)).contains("\"verdict\" : \"incomplete\"")
                .contains("\"readFailures\" : [ {");
        String sarif = ReportFormat.SARIF.writer().render(INCOMPLETE);
        assertThat(OutputValidators.sarifProblems(sarif)).isEmpty();
        assertThat(sarif).contains("\"executionSuccessful\" : false").contains("\"verdict\" : \"incomplete\"");
        String junit = ReportFormat.JUNIT.writer().render(INCOMPLETE);
        assertThat(OutputValidators.junitProblems(junit)).isEmpty();
        assertThat(junit).contains("errors=\"1\"").contains("<error message=\"incomplete: the check failed to read issues");
        String codeQuality = ReportFormat.CODEQUALITY.writer().render(INCOMPLETE);
        assertThat(OutputValidators.codeQualityProblems(codeQuality)).isEmpty();
        assertThat(codeQuality).contains("\"check_name\" : \"psdm-incomplete\"").contains("\"severity\" : \"critical\"");
    }

    @Test
    void aCompleteReportKeepsItsBytes() {
        Report complete = Reports.of(new RuleResult("PSDM-RAID-002", "RAID items are kept current",
                Severity.WARNING, Status.PASS, "PSDM › RAID", null, List.of()));
        for (ReportFormat format : ReportFormat.values()) {
            assertThat(format.writer().render(complete)).as(format.name()).doesNotContainIgnoringCase("incomplete")
                    .doesNotContain("readFailures");
        }
    }
}
