package dev.psdm.report.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.psdm.report.DataNotice;
import dev.psdm.report.Finding;
import dev.psdm.report.Report;
import dev.psdm.report.Severity;
import dev.psdm.report.Subject;
import dev.psdm.report.testing.OutputValidators;
import dev.psdm.report.testing.Reports;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 22 item 8: one escaping policy per format, tested with the same hostile strings in every format.
 * Bidi overrides and isolates (in the HTML the rest of a finding showed mirrored), zero-width characters and
 * the BOM become a visible escape (<code>&#92;u202E</code>) in HTML, Markdown, text, JUnit, Code Quality and SARIF; the
 * C1 controls and DEL never stand raw in JSON or XML; SARIF's {@code message.text} escapes {@code [} and
 * {@code ]} (SARIF 2.1.0 §3.11.6), so a title cannot plant a live "Approve waiver" link.
 */
class InvisibleCharactersTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Each hostile character and the escape a person must see instead. */
    private static final Map<String, String> HOSTILE = Map.ofEntries(
            Map.entry("\u202E", "\\u202E"), Map.entry("\u202A", "\\u202A"), Map.entry("\u2066", "\\u2066"),
            Map.entry("\u2069", "\\u2069"), Map.entry("\u200B", "\\u200B"), Map.entry("\u200F", "\\u200F"),
            Map.entry("\uFEFF", "\\uFEFF"), Map.entry("\u2028", "\\u2028"));
    private static final List<String> RAW_CONTROLS = List.of("\u0085", "\u009B", "\u007F");
    private static final String LINK = "[Approve waiver](https://evil.example/phish)";
    private static final String TITLE = "Plan \u202Eolleh\u202C \u202Aemb \u2066iso\u2069 zero\u200Bwidth \u200Fmark \uFEFFbom \u2028sep"
            + " c1\u0085next csi\u009B2K del\u007F " + LINK;
    private static final Report REPORT = Reports.of(Reports.failing("PSDM-WGT-001",
            new Finding(Severity.WARNING, "Issue #7 '" + TITLE + "' has no weight.",
                    new Subject("issue", 7L, null, TITLE, "https://gitlab.example.com/a/b/-/issues/7"))))
            .withDataNotices(List.of(new DataNotice("issues", "issue 9 " + TITLE, "skipped: " + TITLE)));

    @Test
    void thePeopleFormatsShowEveryInvisibleCharacterAsAnEscape() {
        for (ReportFormat format : List.of(ReportFormat.HTML, ReportFormat.MARKDOWN, ReportFormat.TEXT, ReportFormat.JUNIT)) {
            String out = format.writer().render(REPORT);
            assertNothingRaw(format, out);
            for (String escape : HOSTILE.values()) {
                assertThat(out).as(format + " shows " + escape).contains(escape);
            }
        }
        assertThat(OutputValidators.junitProblems(ReportFormat.JUNIT.writer().render(REPORT))).isEmpty();
    }

    @Test
    void codeQualityAndSarifShowThemInTheValuesGitLabDisplays() throws Exception {
        JsonNode codeQuality = JSON.readTree(ReportFormat.CODEQUALITY.writer().render(REPORT));
        JsonNode sarif = JSON.readTree(ReportFormat.SARIF.writer().render(REPORT));
        for (JsonNode doc : List.of(codeQuality, sarif)) {
            String values = allText(doc, new StringBuilder()).toString();
            assertNothingRaw(null, values);
            assertThat(values).contains(HOSTILE.values()).contains("\\x85", "\\x9B", "\\x7F");
        }
        assertThat(OutputValidators.codeQualityProblems(ReportFormat.CODEQUALITY.writer().render(REPORT))).isEmpty();
        assertThat(OutputValidators.sarifProblems(ReportFormat.SARIF.writer().render(REPORT))).isEmpty();
    }

    @Test
    void sarifMessagesCarryNoLiveEmbeddedLink() throws Exception {
        JsonNode sarif = JSON.readTree(ReportFormat.SARIF.writer().render(REPORT));
        List<String> texts = sarif.findValues("message").stream().map(m -> m.path("text").asText()).toList();
        assertThat(texts).anySatisfy(t -> assertThat(t).contains("\\[Approve waiver\\](https://evil.example/phish)"));
        assertThat(texts).allSatisfy(t -> assertThat(t.replace("\\[", "").replace("\\]", "")).doesNotContain("[", "]"));
    }

    @Test
    void theJsonReportKeepsTheValuesButNoRawControlOrInvisibleCharacter() throws Exception {
        String json = ReportFormat.JSON.writer().render(REPORT);
        assertNothingRaw(ReportFormat.JSON, json);
        assertThat(json).contains("\\u202E", "\\u0085", "\\u009B", "\\u007F");
        // only the representation is escaped: a reader gets the text GitLab sent
        assertThat(JSON.readTree(json).at("/results/0/findings/0/subject/title").asText()).isEqualTo(TITLE);
    }

    private static void assertNothingRaw(ReportFormat format, String out) {
        for (String c : HOSTILE.keySet()) {
            assertThat(out).as(format + ": raw U+%04X", (int) c.charAt(0)).doesNotContain(c);
        }
        for (String c : RAW_CONTROLS) {
            assertThat(out).as(format + ": raw U+%04X", (int) c.charAt(0)).doesNotContain(c);
        }
    }

    private static StringBuilder allText(JsonNode node, StringBuilder sb) {
        if (node.isTextual()) {
            sb.append(node.asText()).append('\n');
        }
        node.forEach(child -> allText(child, sb));
        return sb;
    }
}
