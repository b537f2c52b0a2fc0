package dev.psdm.report.format;

import com.fasterxml.jackson.databind.JsonNode;
import dev.psdm.report.Report;
import dev.psdm.report.testing.Chromium;
import dev.psdm.report.testing.GoldenReports;
import dev.psdm.report.testing.PdfText;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTML page opened in headless Chromium, as the steering committee's reader opens it (issue 27 items 5, 6
 * and 8): it loads without a console error, every in-page link finds its target, the Content-Security-Policy
 * admits the stylesheet and nothing else, and printed to PDF on A4 and Letter it opens with the verdict.
 * Skipped, with a message, where no browser is installed ({@link Chromium}).
 */
class HtmlInBrowserTest {
    private static Chromium browser;

    @TempDir
    Path dir;

    @BeforeAll
    static void startBrowser() {
        browser = Chromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private Chromium.Page open(String html) throws IOException {
        Path file = dir.resolve("report.html");
        Files.writeString(file, html);
        return browser.open(file, 1280, 900);
    }

    private static String page(Report report) {
        return new HtmlReportWriter(GoldenFilesTest.OPTIONS).render(report);
    }

    @Test
    void theLargeReportLoadsWithoutAConsoleErrorAndItsStylesheetApplies() throws IOException {
        Chromium.Page page = open(page(GoldenReports.large()));

        assertThat(page.consoleErrors()).isEmpty();
        // the policy admits the stylesheet by its hash: were the hash wrong, the body would keep the browser's 8px margin
        assertThat(page.eval("getComputedStyle(document.body).maxWidth").asText()).isNotEqualTo("none");
        assertThat(page.eval("document.querySelector('meta[http-equiv=\"Content-Security-Policy\"]').content").asText())
                .startsWith("default-src 'none'");
    }

    @Test
    void everyInPageLinkFindsItsTarget() throws IOException {
        for (Report report : List.of(GoldenReports.large(), GoldenReports.largeWaivedAndBaselined(), GoldenReports.small())) {
            Chromium.Page page = open(page(report));
            JsonNode dangling = page.eval("[...document.querySelectorAll('a[href^=\"#\"]')]"
                    + ".map(a => a.getAttribute('href').slice(1)).filter(id => !document.getElementById(id))");
            assertThat(dangling).as("in-page links without a target").isEmpty();
        }
    }

    @Test
    void theContentSecurityPolicyStopsWhatEscapingWouldHaveMissed() throws IOException {
        // as if a title had slipped through unescaped: an inline script, an event handler, a foreign stylesheet
        String html = page(GoldenReports.large()).replace("</header>",
                "<script>document.title = 'forged'</script><img src=\"x\" onerror=\"document.title = 'forged'\">"
                        + "<p style=\"display:none\" id=\"styled\">x</p></header>");
        Chromium.Page page = open(html);

        assertThat(page.eval("document.title").asText()).startsWith("PSDM check of");
        assertThat(page.eval("getComputedStyle(document.getElementById('styled')).display").asText()).isNotEqualTo("none");
        assertThat(String.join("\n", page.consoleErrors())).contains("Content Security Policy");
    }

    @Test
    void printedOnA4AndLetterTheFirstPageOpensWithTheVerdict() throws IOException {
        Chromium.Page page = open(page(GoldenReports.large()));
        List<String> firstPages = new ArrayList<>();
        for (double[] paper : new double[][] {{8.27, 11.69}, {8.5, 11}}) {
            List<String> pages = PdfText.pages(page.printToPdf(paper[0], paper[1]));
            assertThat(pages).isNotEmpty();
            firstPages.add(pages.get(0));
        }
        assertThat(firstPages).allSatisfy(first -> assertThat(first).contains("Gate failed (error)"));
    }
}
