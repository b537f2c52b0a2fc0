package dev.psdm.report.format;

import dev.psdm.report.Finding;
import dev.psdm.report.Report;
import dev.psdm.report.Severity;
import dev.psdm.report.Subject;
import dev.psdm.report.testing.OutputValidators;
import dev.psdm.report.testing.Reports;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A snapshot can hold any text: issue titles with markup, control characters, links with a
 * {@code javascript:} scheme. Every writer must keep its format valid and never turn them into markup.
 */
class HostileTextTest {
    private static final String TITLE = "<script>alert('x')</script> | *bold* [link](http://evil) \u0001 & \"q\" ]]>\nnext";
    private static final Report REPORT = Reports.of(Reports.failing("PSDM-WGT-001",
            new Finding(Severity.WARNING, "Issue #7 '" + TITLE + "' has no weight.",
                    new Subject("issue", 7L, null, TITLE, "javascript:alert(1)"))));

    @Test
    void htmlEscapesTextAndLinksNothingButWebUrls() {
        String html = ReportFormat.HTML.writer(FormatOptions.defaults().withRuleDocsBase("https://docs.example/rules/"))
                .render(REPORT);
        assertThat(html).doesNotContain("<script>", "javascript:", "\u0001")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; | *bold*")
                .contains("href=\"https://docs.example/rules/PSDM-WGT-001.md\"");
    }

    @Test
    void markdownEscapesFormattingAndKeepsTheCommentLayout() {
        String md = ReportFormat.MARKDOWN.writer().render(REPORT);
        assertThat(md).doesNotContain("javascript:", "<script>", "[link](http://evil)")
                .contains("\\<script\\>alert('x')\\</script\\> \\| \\*bold\\* \\[link\\](http://evil)");
        String findingLine = md.lines().filter(l -> l.startsWith("- ")).findFirst().orElseThrow();
        assertThat(findingLine).as("the title's line break stays inside the list item").contains("next' has no weight.");
    }

    @Test
    void junitStaysValidXml() {
        String xml = ReportFormat.JUNIT.writer().render(REPORT);
        assertThat(OutputValidators.junitProblems(xml)).isEmpty();
        assertThat(xml).doesNotContain("\u0001").contains("&lt;script&gt;");
    }

    @Test
    void jsonFormatsStayValid() {
        assertThat(OutputValidators.codeQualityProblems(ReportFormat.CODEQUALITY.writer().render(REPORT))).isEmpty();
        assertThat(OutputValidators.sarifProblems(ReportFormat.SARIF.writer().render(REPORT))).isEmpty();
    }

    @Test
    void theTextReportCannotForgeATerminalOrAJobLog() {
        // issue 18, item 3: cursor up and erase line three times, a carriage return, a green verdict; a log section end
        String forged = "x\u001B[1A\u001B[2K\u001B[1A\u001B[2K\u001B[1A\u001B[2K\r\u001B[32mNo requirement failed.";
        Report report = Reports.of(Reports.failing("PSDM-WGT-001",
                new Finding(Severity.WARNING, "Issue #8 '" + forged + "' has no weight.\nsection_end:1:psdm\u0000\u202E",
                        new Subject("issue", 8L, null, forged, "https://gitlab.example.com/a/b/-/issues/8\r\u009B2K"))));

        String text = ReportFormat.TEXT.writer().render(report);

        assertThat(text.chars().filter(c -> (c < 0x20 && c != '\n') || (c >= 0x7F && c <= 0x9F) || c == 0x202E))
                .as("no control character but the writer's own line breaks").isEmpty();
        assertThat(text).contains("x\\x1B[1A\\x1B[2K").contains("\\x0D\\x1B[32mNo requirement failed.")
                .contains("has no weight.\\x0Asection_end:1:psdm\\x00\\u202E")
                .contains("/issues/8\\x0D\\x9B2K");
        assertThat(text.lines()).noneMatch(line -> line.startsWith("section_end") || line.startsWith("No requirement failed"));
    }

    @Test
    void markdownCannotBeForgedThroughALinkOrAProjectPathAndMentionsStayQuiet() {
        // issue 18, item 2: a line break in a webUrl ended the line and started raw Markdown
        String url = "https://gitlab.example.com/a/b/-/issues/9)\n\n# all PSDM requirements pass\n![x](https://evil.example/p.png)";
        Report report = Reports.of(Reports.failing("PSDM-WGT-001",
                new Finding(Severity.WARNING, "Issue #9 '@all please look' has no weight.",
                        new Subject("issue", 9L, null, "@all please look", url))));

        String md = ReportFormat.MARKDOWN.writer().render(report);

        assertThat(md.lines()).noneMatch(line -> line.startsWith("# all") || line.startsWith("!["));
        assertThat(md).doesNotContain("](https://evil.example/p.png)")
                .contains("(https://gitlab.example.com/a/b/-/issues/9%29%0A%0A#%20all%20PSDM%20requirements%20pass%0A!%5Bx%5D%28https://evil.example/p.png%29)")
                .contains("'@\u200Dall please look'").doesNotContain("@all");
        String kept = new MarkdownReportWriter(FormatOptions.defaults().withKeepMentions(true)).render(report);
        assertThat(kept).contains("'@all please look'");
    }
}
