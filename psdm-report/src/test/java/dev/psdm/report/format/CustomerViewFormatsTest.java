package dev.psdm.report.format;

import dev.psdm.report.AudienceView;
import dev.psdm.report.Report;
import dev.psdm.report.testing.GoldenReports;
import org.junit.jupiter.api.Test;

import static dev.psdm.report.testing.GoldenReports.CONFIDENTIAL_TITLE;
import static dev.psdm.report.testing.GoldenReports.INTERNAL_RULES;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The customer view says so (issue 27 item 4): at the top of the text, Markdown and HTML reports and in the HTML
 * footer, so a forwarded copy cannot pass for the whole report; and no format of it names an internal-only rule or
 * a confidential title. The internal view says nothing of the kind.
 */
class CustomerViewFormatsTest {
    private static final Report CUSTOMER = GoldenReports.customerView(GoldenReports.large());
    private static final FormatOptions OPTIONS = GoldenFilesTest.OPTIONS.withRules(
            AudienceView.rules(CUSTOMER.audience(), GoldenReports.rules()));

    @Test
    void theHtmlPageSaysItIsTheCustomerViewAtTheTopAndInTheFooter() {
        String html = new HtmlReportWriter(OPTIONS).render(CUSTOMER);
        String header = html.substring(html.indexOf("<header class=\"top\">"), html.indexOf("</header>"));
        assertThat(header).contains("PSDM check \u00b7 Customer view \u00b7 ").contains(ReportText.CUSTOMER_VIEW);
        assertThat(html.substring(html.indexOf("<footer>"))).startsWith("<footer><p>Customer view \u00b7 psdm-check");
        String internal = new HtmlReportWriter(GoldenFilesTest.OPTIONS).render(GoldenReports.large());
        assertThat(internal).doesNotContain("Customer view").contains(CONFIDENTIAL_TITLE).contains(INTERNAL_RULES);
    }

    @Test
    void theTextAndMarkdownReportsSayItUnderTheirHeading() {
        assertThat(new TextReportWriter().render(CUSTOMER).lines().limit(2))
                .containsExactly(ReportText.title(CUSTOMER), ReportText.CUSTOMER_VIEW);
        assertThat(new MarkdownReportWriter(OPTIONS).render(CUSTOMER)).contains("\n**" + ReportText.CUSTOMER_VIEW + "**\n");
        assertThat(new TextReportWriter().render(GoldenReports.large())).doesNotContain("Customer view");
    }

    @Test
    void noFormatOfTheCustomerViewNamesAnInternalRuleOrAConfidentialTitle() {
        for (ReportFormat format : ReportFormat.values()) {
            String out = format.writer(OPTIONS).render(CUSTOMER);
            assertThat(out).as(format.name()).doesNotContain(CONFIDENTIAL_TITLE);
            for (String rule : INTERNAL_RULES) {
                assertThat(out).as(format + " names " + rule).doesNotContain(rule);
            }
        }
    }
}
