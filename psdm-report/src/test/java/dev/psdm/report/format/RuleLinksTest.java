package dev.psdm.report.format;

import dev.psdm.report.Report;
import dev.psdm.report.RuleResult;
import dev.psdm.report.Status;
import dev.psdm.report.testing.GoldenReports;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 25 item 4: links that work where the report is read. A report is read as a job artifact, in an MR
 * comment or a mail, where a relative {@code docs/rules/...} link leads nowhere: rule pages are linked with
 * an absolute base or not at all, in every format, and every handbook citation links its section.
 */
class RuleLinksTest {
    private static final String BASE = "https://gitlab.example.com/tools/psdm-check/-/blob/v1.2.3/docs/rules/";
    private static final Pattern ANY_RULE_PAGE = Pattern.compile("docs/rules/");
    private static final Pattern ABSOLUTE_RULE_PAGE = Pattern.compile("https?://[^\\s\"'()<>\\]]*docs/rules/");

    private static List<Report> reports() {
        return List.of(GoldenReports.large(), GoldenReports.small(), GoldenReports.largeWaivedAndBaselined());
    }

    @Test
    void noFormatEverLinksARelativeRulePage() {
        List<String> relative = new ArrayList<>();
        for (FormatOptions options : List.of(FormatOptions.defaults(), FormatOptions.defaults().withRuleDocsBase(BASE))) {
            for (Report report : reports()) {
                for (ReportFormat format : ReportFormat.values()) {
                    String out = format.writer(options.withRules(GoldenReports.rules())).render(report);
                    if (count(ANY_RULE_PAGE, out) != count(ABSOLUTE_RULE_PAGE, out)) {
                        relative.add(format.cliName() + " (base '" + options.ruleDocsBase() + "')");
                    }
                }
            }
        }
        assertThat(relative).as("formats with a relative docs/rules/ link").isEmpty();
    }

    @Test
    void aRelativeRuleDocsBaseIsRefused() {
        assertThatThrownBy(() -> FormatOptions.defaults().withRuleDocsBase("docs/rules/"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("absolute http(s) URL");
        assertThat(FormatOptions.defaults().ruleDocUrl("PSDM-IT0-001")).isNull();
        assertThat(FormatOptions.defaults().withRuleDocsBase("https://x.example/docs/rules").ruleDocUrl("PSDM-IT0-001"))
                .isEqualTo("https://x.example/docs/rules/PSDM-IT0-001.md");
    }

    /** Every failing rule's id links its page in each format that carries links, the text report included. */
    @Test
    void everyFailingRuleLinksItsPageInEveryFormat() {
        FormatOptions options = FormatOptions.defaults().withRuleDocsBase(BASE).withRules(GoldenReports.rules());
        Report report = GoldenReports.large();
        String text = ReportFormat.TEXT.writer(options).render(report);
        String markdown = ReportFormat.MARKDOWN.writer(options).render(report);
        String html = ReportFormat.HTML.writer(options).render(report);
        String junit = ReportFormat.JUNIT.writer(options).render(report);
        String sarif = ReportFormat.SARIF.writer(options).render(report);
        String codeQuality = ReportFormat.CODEQUALITY.writer(options).render(report);
        List<RuleResult> failing = report.results().stream().filter(r -> r.status() == Status.FAIL).toList();
        assertThat(failing).isNotEmpty();
        for (RuleResult r : failing) {
            String page = BASE + r.ruleId() + ".md";
            assertThat(text).as("text").contains("\n      rule:     " + page + "\n");
            assertThat(markdown).as("markdown").contains("[" + r.ruleId() + "](" + page + ")");
            assertThat(html).as("html").contains("<a href=\"" + page + "\">" + r.ruleId() + "</a>");
            assertThat(sarif).as("sarif").contains("\"helpUri\" : \"" + page + "\"");
            if (!r.findings().isEmpty()) {
                assertThat(junit).as("junit").contains("Rule page: " + page + "\n");
                assertThat(codeQuality).as("code quality").contains("Rule page: " + page + "\\n");
            }
        }
    }

    /** Every handbook citation of a failing rule links its section where the rule names one. */
    @Test
    void everyHandbookCitationLinksItsSection() {
        FormatOptions options = FormatOptions.defaults().withRules(GoldenReports.rules());
        Report report = GoldenReports.large();
        String text = ReportFormat.TEXT.writer(options).render(report);
        String markdown = ReportFormat.MARKDOWN.writer(options).render(report);
        String html = ReportFormat.HTML.writer(options).render(report);
        int linked = 0;
        for (RuleResult r : report.results()) {
            String url = r.helpOrNone().handbookUrl();
            if (r.status() != Status.FAIL || url == null) {
                continue;
            }
            linked++;
            assertThat(url).startsWith("https://handbook.gitlab.com/handbook/");
            assertThat(text).contains("      handbook: " + r.source() + "\n      section:  " + url + "\n");
            assertThat(markdown).contains("Handbook: [" + Escape.markdown(r.source()) + "](" + Links.markdownTarget(url) + ")");
            assertThat(html).contains("Handbook: <a href=\"" + url + "\">" + Escape.xml(r.source()) + "</a>");
        }
        assertThat(linked).isGreaterThan(5);
    }

    private static int count(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
