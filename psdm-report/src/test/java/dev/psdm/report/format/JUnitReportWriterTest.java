package dev.psdm.report.format;

import dev.psdm.report.Report;
import dev.psdm.report.Severity;
import dev.psdm.report.testing.OutputValidators;
import dev.psdm.report.testing.Reports;
import dev.psdm.report.testing.GoldenReports;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JUnitReportWriterTest {

    private static List<Element> testCases(String xml) throws Exception {
        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        NodeList nodes = document.getElementsByTagName("testcase");
        List<Element> cases = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            cases.add((Element) nodes.item(i));
        }
        return cases;
    }

    @Test
    void twoFindingsOnOneSubjectGetDistinctNamesBecauseGitLabKeepsOnlyTheFirstDuplicate() throws Exception {
        Report report = Reports.of(Reports.failing("PSDM-CER-001",
                Reports.issueFinding(Severity.WARNING, 5, "Planning", "first reason"),
                Reports.issueFinding(Severity.WARNING, 5, "Planning", "second reason"),
                Reports.issueFinding(Severity.WARNING, 5, "Planning", "third reason")));

        List<Element> cases = testCases(ReportFormat.JUNIT.writer().render(report));

        assertThat(cases).extracting(c -> c.getAttribute("name"))
                .containsExactly("Planning [issue#5]", "Planning [issue#5] (2)", "Planning [issue#5] (3)");
    }

    @Test
    void largeSampleHasOneCasePerFindingAndPassingRuleEachUniqueWithCountsThatAddUp() throws Exception {
        String xml = ReportFormat.JUNIT.writer().render(GoldenReports.large());
        List<Element> cases = testCases(xml);

        assertThat(cases).extracting(c -> c.getAttribute("classname") + " / " + c.getAttribute("name")).doesNotHaveDuplicates()
                .contains("PSDM-RAID-002 / Risk: Vendor API access for the artifact migration [issue#89]",
                        "PSDM-CER-003 / Backlog refinement is held");
        long failures = cases.stream().filter(c -> c.getElementsByTagName("failure").getLength() == 1).count();
        long skipped = cases.stream().filter(c -> c.getElementsByTagName("skipped").getLength() == 1).count();
        var report = GoldenReports.large();
        long findings = report.failures().stream().mapToLong(r -> r.findings().size()).sum();
        long notRun = report.summary().notApplicable() + report.summary().notEvaluated();
        assertThat(failures).isEqualTo(findings);
        assertThat(skipped).as("not applicable and not evaluated rules").isEqualTo(notRun);
        assertThat(cases).hasSize((int) (findings + report.summary().pass() + notRun));
        assertThat(xml).contains("tests=\"" + cases.size() + "\" failures=\"" + failures + "\" errors=\"0\" skipped=\"" + skipped + "\"");
        assertThat(OutputValidators.junitProblems(xml)).isEmpty();
    }

    @Test
    void failureTextCarriesWhatTheTestsTabNeeds() throws Exception {
        Element raid91 = testCases(ReportFormat.JUNIT.writer().render(GoldenReports.large())).stream()
                .filter(c -> c.getAttribute("name").endsWith("[issue#91]")).findFirst().orElseThrow();
        Element failure = (Element) raid91.getElementsByTagName("failure").item(0);

        assertThat(failure.getAttribute("message")).startsWith("High-priority RAID item #91");
        assertThat(failure.getTextContent()).contains("Severity: ERROR", "/-/issues/91",
                "Rule: PSDM-RAID-002 RAID items are kept current", "Handbook: PSDM › RAID");
    }
}
