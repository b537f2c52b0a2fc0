package dev.psdm.report.format;

import dev.psdm.report.Report;
import dev.psdm.report.Subject;
import dev.psdm.report.testing.GoldenReports;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The owner with each finding (issue 27 item 3): the issue's assignees, or "no owner", so the PM knows whom to ask.
 * On the large sample, #90 (PSDM-RAID-003: a RAID item nobody owns) has no assignee; #89 is jdoe's.
 */
class OwnerPerFindingTest {
    private static final Report LARGE = GoldenReports.large();

    @Test
    void anIssueSubjectTellsItsOwnersAndOtherSubjectsHaveNone() {
        assertThat(new Subject("issue", 1L, null, "t", null, false, List.of("jdoe", "asmith")).owner()).isEqualTo("@jdoe, @asmith");
        assertThat(new Subject("issue", 1L, null, "t", null, false, List.of()).owner()).isEqualTo("no owner");
        assertThat(new Subject("iteration", null, 7L, "Iteration 4", null).owner()).isNull();
    }

    @Test
    void theHtmlPageShowsTheOwnerWithEachFindingAndInTheListBySubject() {
        String html = new HtmlReportWriter(GoldenFilesTest.OPTIONS).render(LARGE);
        String raid3 = html.substring(html.indexOf("id=\"f-PSDM-RAID-003-0\""));
        assertThat(raid3.substring(0, raid3.indexOf("</li>"))).contains("<span class=\"owner\">no owner</span>");
        String raid2 = html.substring(html.indexOf("id=\"f-PSDM-RAID-002-0\""));
        assertThat(raid2.substring(0, raid2.indexOf("</li>"))).contains("<span class=\"owner\">Owner @jdoe</span>");
        String bySubject = html.substring(html.indexOf("id=\"by-subject\""));
        assertThat(bySubject).contains("<code>issue#90</code> <span class=\"owner\">no owner</span></dt>")
                .contains("<code>issue#92</code> <span class=\"owner\">Owner @jdoe</span></dt>");
        String iterationFinding = html.substring(html.indexOf("id=\"f-PSDM-CER-001-0\""));
        assertThat(iterationFinding.substring(0, iterationFinding.indexOf("</li>"))).doesNotContain("owner");
    }

    @Test
    void theTextAndMarkdownListsBySubjectNameTheOwner() {
        String text = new TextReportWriter().render(LARGE);
        assertThat(text.lines().filter(l -> l.contains("[issue#90]")).filter(l -> l.contains("PSDM-RAID-003")))
                .singleElement().asString().contains("(no owner)");
        assertThat(text.lines().filter(l -> l.contains("[issue#92]")).filter(l -> l.contains("PSDM-LBL-002")))
                .singleElement().asString().contains("(owner @jdoe)");
        String markdown = new MarkdownReportWriter(GoldenFilesTest.OPTIONS).render(LARGE);
        // the mention does not ping when the comment is posted: a zero-width joiner after the @
        assertThat(markdown).contains("`issue#90` (no owner): ").contains("`issue#92` (owner @\u200djdoe): ");
    }
}
