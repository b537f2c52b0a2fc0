package dev.psdm.report.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.psdm.report.ConventionsUsed;
import dev.psdm.report.Report;
import dev.psdm.report.Severity;
import dev.psdm.report.testing.GoldenReports;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 25 item 6: every format a person or a tool reads says what shaped the result besides the data: the
 * conventions file (or the handbook's defaults), the rules it switched off, so that the counts add up, and the
 * rules it re-severitied.
 */
class ConventionsNamedTest {
    /** The golden large-waived-baselined report: ci/.psdm.yml switches PSDM-DRI-001 off and raises PSDM-RAID-002. */
    private static final Report CONFIGURED = GoldenReports.largeWaivedAndBaselined();
    private static final String SENTENCE = "ci/.psdm.yml; " + CONFIGURED.results().size() + " of "
            + (CONFIGURED.results().size() + 1) + " rules run (switched off: PSDM-DRI-001); severity changed:"
            + " PSDM-RAID-002 warning \u2192 error";

    private static String render(ReportFormat format, Report report) {
        return format.writer(FormatOptions.defaults()).render(report);
    }

    @Test
    void theSentenceCountsTheSwitchedOffRulesSoTheSummaryAddsUp() {
        assertThat(CONFIGURED.conventions().disabledRules()).containsExactly("PSDM-DRI-001");
        assertThat(ReportText.conventions(CONFIGURED)).isEqualTo(SENTENCE);
        Report defaults = GoldenReports.large();
        assertThat(ReportText.conventions(defaults)).isEqualTo("handbook defaults; all " + defaults.results().size()
                + " rules run at their own severity");
        assertThat(ReportText.conventions(defaults.withConventions(null))).as("a report built by hand says nothing").isNull();
        ConventionsUsed onlySeverity = new ConventionsUsed(ConventionsUsed.Source.CODE, null, List.of(),
                List.of(new ConventionsUsed.SeverityChange("PSDM-WGT-001", Severity.WARNING, Severity.ERROR)));
        assertThat(onlySeverity.describe(3)).isEqualTo("conventions set in code; all 3 rules run; severity changed:"
                + " PSDM-WGT-001 warning \u2192 error");
    }

    @Test
    void textMarkdownAndHtmlNameTheFileAndWhatItChanged() {
        assertThat(render(ReportFormat.TEXT, CONFIGURED)).contains("\nConventions: " + SENTENCE + ".\n");
        assertThat(render(ReportFormat.MARKDOWN, CONFIGURED)).contains("\nConventions: " + Escape.markdown(SENTENCE, false) + ".\n");
        String html = render(ReportFormat.HTML, CONFIGURED);
        assertThat(html).contains("<dt>Conventions</dt><dd>" + Html.text(SENTENCE) + "</dd>")
                .contains("conventions: ci/.psdm.yml \u00b7 as of");
        assertThat(render(ReportFormat.TEXT, GoldenReports.large())).contains("\nConventions: handbook defaults; all ");
    }

    @Test
    void junitCarriesItAsASuiteProperty() {
        assertThat(render(ReportFormat.JUNIT, CONFIGURED))
                .contains("<property name=\"conventions\" value=\"" + Escape.xml(SENTENCE) + "\"/>");
        assertThat(render(ReportFormat.JUNIT, GoldenReports.large().withConventions(null))).doesNotContain("\"conventions\"");
    }

    @Test
    void sarifListsTheOverridesWhereSarifKeepsThemAndTheSourceInTheRunProperties() throws Exception {
        JsonNode run = new ObjectMapper().readTree(render(ReportFormat.SARIF, CONFIGURED)).get("runs").get(0);
        JsonNode overrides = run.get("invocations").get(0).get("ruleConfigurationOverrides");
        assertThat(overrides).hasSize(2);
        assertThat(overrides.get(0).get("descriptor").get("id").asText()).isEqualTo("PSDM-DRI-001");
        assertThat(overrides.get(0).get("configuration").get("enabled").asBoolean(true)).isFalse();
        assertThat(overrides.get(1).get("descriptor").get("id").asText()).isEqualTo("PSDM-RAID-002");
        assertThat(overrides.get(1).get("configuration").get("level").asText()).isEqualTo("error");
        assertThat(run.get("properties").get("conventions").get("file").asText()).isEqualTo("ci/.psdm.yml");

        JsonNode plain = new ObjectMapper().readTree(render(ReportFormat.SARIF, GoldenReports.large())).get("runs").get(0);
        assertThat(plain.get("invocations").get(0).has("ruleConfigurationOverrides")).isFalse();
        assertThat(plain.get("properties").get("conventions").get("source").asText()).isEqualTo("defaults");
    }
}
