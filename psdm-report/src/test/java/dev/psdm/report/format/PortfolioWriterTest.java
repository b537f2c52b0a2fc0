package dev.psdm.report.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.psdm.report.PortfolioReport;
import dev.psdm.report.PortfolioReport.Entry;
import dev.psdm.report.Severity;
import dev.psdm.report.testing.Golden;
import dev.psdm.report.testing.OutputValidators;
import dev.psdm.report.testing.GoldenReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The combined report of a portfolio scan in every format, against golden files
 * ({@code golden/portfolio/<format>.<ext>}): the large sample (failing), the small sample (passing) and a
 * project that could not be read. The CLI side (group listing, concurrency, failures) is in
 * {@code psdm-cli}'s {@code PortfolioScanTest}.
 */
class PortfolioWriterTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NOT_READ = "ps/customers/globex/collaboration";

    static PortfolioReport portfolio() {
        return new PortfolioReport("https://gitlab.example.com", "ps/customers", Instant.parse("2026-05-15T12:00:00Z"),
                List.of(Entry.checked("ps/customers/acme/collaboration", "https://gitlab.example.com/ps/customers/acme/collaboration",
                                GoldenReports.large()),
                        Entry.notLoaded(NOT_READ, "https://gitlab.example.com/" + NOT_READ,
                                "GitLab answered 403 Forbidden at https://gitlab.example.com/api/v4/projects/4712"),
                        Entry.checked("ps/customers/initech/collaboration", null, GoldenReports.small())));
    }

    private static String render(ReportFormat format) {
        return new PortfolioWriter(format, GoldenFilesTest.OPTIONS).render(portfolio());
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void outputMatchesItsGoldenFileAndIsByteIdenticalWhenRepeated(ReportFormat format) {
        String rendered = render(format);
        assertThat(rendered).doesNotContain("\r").endsWith("\n").isEqualTo(render(format));
        String golden = "portfolio/" + format.cliName() + "." + format.extension();
        if (format == ReportFormat.HTML) {
            Golden.assertPageMatches(projectSectionsByReference(rendered), golden, GoldenFilesTest.basePage());
        } else {
            Golden.assertMatches(rendered, golden);
        }
    }

    /** The golden page each checked project's section repeats, by position in {@link #portfolio()}. */
    private static final List<String> SECTION_GOLDEN = java.util.Arrays.asList("large", null, "small");
    private static final String SECTION_END = "</section>\n";

    /**
     * The portfolio page with each project's section cut down to a line naming the single-project golden page
     * it repeats, after asserting that the section is exactly that page's body with its ids (and in-page
     * links) prefixed {@code p<n>-}. GoldenFilesTest pins those pages; the portfolio golden then pins what the
     * portfolio adds (its table, the sections' order and prefixes), and a change to the project page
     * changes one golden file instead of two copies of it.
     */
    private static String projectSectionsByReference(String html) {
        List<Entry> projects = portfolio().projects();
        for (int n = 1; n <= projects.size(); n++) {
            String scenario = SECTION_GOLDEN.get(n - 1);
            if (scenario == null) {
                continue; // not read: no section
            }
            String open = "<section class=\"project\" id=\"project-" + n + "\">\n";
            int start = html.indexOf(open);
            assertThat(start).as("section of project %d", n).isNotNegative();
            start += open.length();
            int next = html.indexOf("<section class=\"project\"", start);
            int end = (next < 0 ? html.indexOf("</body>") : next) - SECTION_END.length();
            assertThat(html.substring(end, end + SECTION_END.length())).isEqualTo(SECTION_END);

            String page = ReportFormat.HTML.writer(GoldenFilesTest.OPTIONS).render(projects.get(n - 1).report());
            String body = page.substring(page.indexOf("<body>") + "<body>".length(), page.indexOf("</body>"));
            String prefix = "p" + n + "-";
            assertThat(html.substring(start, end)).as("project %d's section is golden/%s/html.html's body", n, scenario)
                    .isEqualTo(body.replace(" id=\"", " id=\"" + prefix).replace("href=\"#", "href=\"#" + prefix));
            html = html.substring(0, start) + "(the body of golden/" + scenario + "/html.html, ids prefixed " + prefix
                    + ")\n" + html.substring(end);
        }
        return html;
    }

    @Test
    void jsonCarriesTotalsAndEachProjectsOwnReportUnchanged() throws Exception {
        JsonNode json = JSON.readTree(render(ReportFormat.JSON));

        assertThat(json.get("schema").asText()).isEqualTo(PortfolioWriter.SCHEMA);
        assertThat(json.get("totals")).isEqualTo(JSON.readTree("{\"projects\":3,\"checked\":2,\"notRead\":1}"));
        JsonNode projects = json.get("projects");
        assertThat(projects.get(0).get("highestFailure").asText()).isEqualTo("ERROR");
        assertThat(projects.get(0).get("report"))
                .isEqualTo(JSON.readTree(ReportFormat.JSON.writer(GoldenFilesTest.OPTIONS).render(GoldenReports.large())));
        assertThat(projects.get(1).get("error").asText()).contains("403 Forbidden");
        assertThat(projects.get(1).has("report")).isFalse();
        assertThat(projects.get(2).has("highestFailure")).as("the small sample fails nothing").isFalse();
    }

    @Test
    void ciFormatsStayValidAndShowTheProjectThatWasNotRead() throws Exception {
        String junit = render(ReportFormat.JUNIT);
        assertThat(OutputValidators.junitProblems(junit)).isEmpty();
        assertThat(junit).contains("<testsuite name=\"" + NOT_READ + "\" tests=\"1\" failures=\"0\" errors=\"1\"");

        String sarif = render(ReportFormat.SARIF);
        assertThat(OutputValidators.sarifProblems(sarif)).isEmpty();
        JsonNode runs = JSON.readTree(sarif).get("runs");
        assertThat(runs).hasSize(3);
        assertThat(runs.get(1).at("/properties/project").asText()).isEqualTo(NOT_READ);
        assertThat(runs.get(1).at("/invocations/0/executionSuccessful").asBoolean()).isFalse();

        String codeQuality = render(ReportFormat.CODEQUALITY);
        assertThat(OutputValidators.codeQualityProblems(codeQuality)).isEmpty();
        JsonNode issues = JSON.readTree(codeQuality);
        assertThat(issues).isNotEmpty().allSatisfy(i ->
                assertThat(i.get("description").asText()).startsWith("[ps/customers/acme/collaboration] "));
    }

    @Test
    void htmlIsOnePageWithUniqueIdsPerProject() {
        String html = render(ReportFormat.HTML);

        assertThat(html.split("<html", -1)).hasSize(2);
        List<String> ids = java.util.regex.Pattern.compile(" id=\"([^\"]+)\"").matcher(html).results()
                .map(m -> m.group(1)).toList();
        assertThat(ids).doesNotHaveDuplicates().contains("project-1", "project-3");
        java.util.regex.Pattern.compile("href=\"#([^\"]+)\"").matcher(html).results()
                .forEach(link -> assertThat(ids).as("link target").contains(link.group(1)));
    }

    @Test
    void exitRelevantQuestionsAreAnsweredFromTheCheckedProjectsOnly() {
        PortfolioReport p = portfolio();
        assertThat(p.checked()).isEqualTo(2);
        assertThat(p.notLoaded()).isEqualTo(1);
        assertThat(p.hasFailureAtOrAbove(Severity.ERROR)).isTrue();
        assertThat(p.projects().get(2).highestFailure()).isNull();
        assertThatThrownBy(() -> new Entry("x", null, null, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
