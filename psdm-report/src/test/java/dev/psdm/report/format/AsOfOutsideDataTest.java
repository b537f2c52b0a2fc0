package dev.psdm.report.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.psdm.report.Report;
import dev.psdm.report.testing.GoldenReports;
import dev.psdm.report.testing.OutputValidators;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 25 item 7: a report judged at an as-of the data cannot show (a what-if run) says so in every format a
 * person or a tool reads, and says nothing of the kind otherwise.
 */
class AsOfOutsideDataTest {
    private static final String WHY = "as of 2030-01-01T00:00:00Z is after the data was read (2026-05-15T12:00:00Z)";
    private static final Report WHAT_IF = GoldenReports.large().withAsOfOutsideData(WHY);
    private static final String SENTENCE = "What-if run: " + WHY + "; the data cannot show that time, so the results are hypothetical.";

    private static String render(ReportFormat format, Report report) {
        return format.writer(FormatOptions.defaults()).render(report);
    }

    @Test
    void everyFormatSaysTheRunIsAWhatIf() throws Exception {
        String text = render(ReportFormat.TEXT, WHAT_IF);
        assertThat(text.lines().toList().get(2)).as("right after the gate's verdict").isEqualTo(SENTENCE);
        assertThat(render(ReportFormat.MARKDOWN, WHAT_IF)).contains("**" + Escape.markdown(SENTENCE, false) + "**");
        assertThat(render(ReportFormat.HTML, WHAT_IF)).contains("<dt>What-if</dt><dd><strong>" + Html.text(SENTENCE) + "</strong></dd>");
        assertThat(render(ReportFormat.JUNIT, WHAT_IF)).contains("<property name=\"asOfOutsideData\" value=\"" + Escape.xml(SENTENCE) + "\"/>");
        JsonNode sarif = new ObjectMapper().readTree(render(ReportFormat.SARIF, WHAT_IF));
        assertThat(sarif.get("runs").get(0).get("properties").get("asOfOutsideData").asText()).isEqualTo(WHY);
        assertThat(OutputValidators.sarifProblems(render(ReportFormat.SARIF, WHAT_IF))).isEmpty();

        String json = render(ReportFormat.JSON, WHAT_IF);
        assertThat(new ObjectMapper().readTree(json).get("asOfOutsideData").asText()).isEqualTo(WHY);
        assertThat(OutputValidators.reportProblems(json)).as("the schema knows the field").isEmpty();
    }

    @Test
    void aReportWithinTheDataSaysNothingOfIt() {
        for (ReportFormat format : ReportFormat.values()) {
            assertThat(render(format, GoldenReports.large())).as(format.cliName()).doesNotContain("What-if")
                    .doesNotContain("asOfOutsideData");
        }
    }
}
