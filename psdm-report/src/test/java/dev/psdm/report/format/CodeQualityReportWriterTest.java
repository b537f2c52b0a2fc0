package dev.psdm.report.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.psdm.report.Fingerprint;
import dev.psdm.report.Severity;
import dev.psdm.report.testing.Reports;
import dev.psdm.report.testing.GoldenReports;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CodeQualityReportWriterTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static List<JsonNode> entries(String json) throws Exception {
        List<JsonNode> list = new ArrayList<>();
        MAPPER.readTree(json).forEach(list::add);
        return list;
    }

    @Test
    void fingerprintIsTheRuleAndSubjectNotTheMessage() throws Exception {
        String yesterday = ReportFormat.CODEQUALITY.writer().render(Reports.of(Reports.failing("PSDM-RAID-002",
                Reports.issueFinding(Severity.WARNING, 89, "Risk", "last updated 19 days ago"))));
        String today = ReportFormat.CODEQUALITY.writer().render(Reports.of(Reports.failing("PSDM-RAID-002",
                Reports.issueFinding(Severity.WARNING, 89, "Risk", "last updated 20 days ago"))));

        String fingerprint = entries(today).get(0).path("fingerprint").asText();
        assertThat(entries(yesterday).get(0).path("fingerprint").asText()).isEqualTo(fingerprint);
        assertThat(fingerprint).isEqualTo(Fingerprint.of("PSDM-RAID-002", "issue#89")).hasSize(64);
    }

    @Test
    void everyFindingOfTheLargeSampleIsOneEntryWithAUniqueFingerprintAndMappedSeverity() throws Exception {
        var report = GoldenReports.large();
        List<JsonNode> entries = entries(ReportFormat.CODEQUALITY.writer().render(report));

        long findings = report.failures().stream().mapToLong(r -> r.findings().size()).sum();
        assertThat(entries).hasSize((int) findings);
        assertThat(entries).extracting(e -> e.path("fingerprint").asText()).doesNotHaveDuplicates();
        assertThat(entries).extracting(e -> e.path("check_name").asText() + " " + e.path("severity").asText())
                .contains("PSDM-CER-001 minor", "PSDM-CER-002 minor", "PSDM-IT0-001 critical", "PSDM-RAID-002 minor",
                        "PSDM-RAID-002 critical", "PSDM-WGT-001 minor", "PSDM-BKL-001 info");
        assertThat(CodeQualityReportWriter.severity(Severity.INFO)).isEqualTo("info");
    }

    @Test
    void findingsPointAtTheConfiguredConventionsFileLineOne() throws Exception {
        List<JsonNode> entries = entries(ReportFormat.CODEQUALITY.writer(FormatOptions.defaults().withLocationPath("ops/psdm.yml"))
                .render(GoldenReports.large()));
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.path("location").path("path").asText()).isEqualTo("ops/psdm.yml");
            assertThat(e.path("location").path("lines").path("begin").asInt()).isEqualTo(1);
        });
    }

    @Test
    void passingProjectGivesAnEmptyArray() {
        assertThat(ReportFormat.CODEQUALITY.writer().render(GoldenReports.small())).isEqualTo("[ ]\n");
    }
}
