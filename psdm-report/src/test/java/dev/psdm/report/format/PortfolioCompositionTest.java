package dev.psdm.report.format;

import dev.psdm.report.Finding;
import dev.psdm.report.PortfolioReport;
import dev.psdm.report.PortfolioReport.Entry;
import dev.psdm.report.Report;
import dev.psdm.report.Severity;
import dev.psdm.report.Subject;
import dev.psdm.report.testing.OutputValidators;
import dev.psdm.report.testing.Reports;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portfolio writer composes the trees each format builds for one project. Its first version
 * re-parsed each project's rendered file instead (JUnit through the JDK's DOM, HTML with a regular
 * expression); the portfolio files must not change a byte, so these tests keep that first version as
 * the reference and feed both text the golden samples never hold: quotes, line breaks, tabs, emoji,
 * C1 and C0 controls, CDATA ends, in-page links.
 */
class PortfolioCompositionTest {
    private static final String HOSTILE = "it's \"quoted\" <b>&amp;</b> ]]> tab\there\r\nCRLF\rCR\nLF "
            + "emoji \uD83D\uDE00 c1 \u0085\u009f del \u007f ls \u2028 nul \u0000 nbsp\u00a0é";

    private static Report hostileReport(String webUrl) {
        return Reports.of(Reports.failing("PSDM-WGT-001",
                        new Finding(Severity.WARNING, "Issue #7 '" + HOSTILE + "' has no weight.",
                                new Subject("issue", 7L, null, HOSTILE, webUrl)),
                        Reports.issueFinding(Severity.ERROR, 8, "", "")),
                Reports.failing("PSDM-RAID-001", Reports.issueFinding(Severity.INFO, 9, "plain", "plain message")));
    }

    private static PortfolioReport portfolio() {
        return new PortfolioReport("https://gitlab.example.com", "ps/'customers' & \"more\"", Instant.EPOCH,
                List.of(Entry.checked("a/one", null, hostileReport("#in-page")),
                        Entry.notLoaded("a/two's", null, "GitLab answered 404 \"Not Found\" <for> a/two's"),
                        Entry.checked("a/three", null, hostileReport("https://gitlab.example.com/a/three/-/issues/7"))));
    }

    @Test
    void junitSuitesAreWhatReparsingEachProjectsFileGave() {
        String composed = new PortfolioWriter(ReportFormat.JUNIT, FormatOptions.defaults()).render(portfolio());

        assertThat(composed).isEqualTo(formerJUnit(portfolio()));
        assertThat(OutputValidators.junitProblems(composed)).isEmpty();
    }

    @Test
    void htmlSectionsAreWhatCuttingEachProjectsPageGave() {
        String composed = new PortfolioWriter(ReportFormat.HTML, FormatOptions.defaults()).render(portfolio());

        assertThat(composed).isEqualTo(formerHtml(portfolio(), FormatOptions.defaults()))
                .contains("href=\"#p1-in-page\"");
    }

    @Test
    void htmlWithoutAnyProjectReadHasNoStylesheet() {
        PortfolioReport none = new PortfolioReport(null, "g", null, List.of(Entry.notLoaded("g/p", null, "gone")));

        assertThat(new PortfolioWriter(ReportFormat.HTML, FormatOptions.defaults()).render(none))
                .isEqualTo(formerHtml(none, FormatOptions.defaults())).doesNotContain("<style>");
    }

    @Test
    void singleProjectJUnitFileIsOneSuiteOfTheSameTree() {
        Report report = hostileReport("#x");
        String single = ReportFormat.JUNIT.writer().render(report);

        assertThat(single).isEqualTo(JUnitSuite.document("psdm-check", List.of(JUnitReportWriter.suite(report, FormatOptions.defaults()))));
        assertThat(single).contains("it&#39;s &quot;quoted&quot;").contains("\uD83D\uDE00");
        assertThat(OutputValidators.junitProblems(single)).isEmpty();
    }

    // ---- the first portfolio writer's JUnit and HTML composition, kept as the reference ----

    private static String formerJUnit(PortfolioReport p) {
        StringBuilder suites = new StringBuilder();
        long tests = 0;
        long failures = 0;
        long errors = 0;
        long skipped = 0;
        for (Entry e : p.projects()) {
            if (e.loaded()) {
                NodeList list = xml(ReportFormat.JUNIT.writer().render(e.report())).getElementsByTagName("testsuite");
                for (int i = 0; i < list.getLength(); i++) {
                    Element suite = (Element) list.item(i);
                    tests += Long.parseLong(suite.getAttribute("tests"));
                    failures += Long.parseLong(suite.getAttribute("failures"));
                    errors += Long.parseLong(suite.getAttribute("errors"));
                    skipped += Long.parseLong(suite.getAttribute("skipped"));
                    suites.append(serialize(suite)).append('\n');
                }
            } else {
                tests++;
                errors++;
                suites.append("  <testsuite name=\"").append(Escape.xml(e.path())).append("\" tests=\"1\" failures=\"0\" ")
                        .append("errors=\"1\" skipped=\"0\" time=\"0\">\n")
                        .append("    <testcase classname=\"psdm-check\" name=\"read ").append(Escape.xml(e.path()))
                        .append(" from GitLab\" time=\"0\">\n")
                        .append("      <error message=\"").append(Escape.xml(e.error())).append("\"/>\n")
                        .append("    </testcase>\n  </testsuite>\n");
            }
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<testsuites name=\"psdm-check portfolio " + Escape.xml(p.group()) + "\" tests=\"" + tests
                + "\" failures=\"" + failures + "\" errors=\"" + errors + "\" skipped=\"" + skipped + "\" time=\"0\">\n"
                + suites + "</testsuites>\n";
    }

    private static org.w3c.dom.Document xml(String text) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return f.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String serialize(Element element) {
        try {
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(element), new StreamResult(out));
            return "  " + out.toString().replace("\r\n", "\n");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String formerHtml(PortfolioReport p, FormatOptions options) {
        String style = "";
        StringBuilder sections = new StringBuilder();
        int n = 0;
        for (Entry e : p.projects()) {
            n++;
            if (!e.loaded()) {
                continue;
            }
            String page = ReportFormat.HTML.writer(options).render(e.report());
            if (style.isEmpty()) {
                Matcher m = Pattern.compile("(?s)<style>.*?</style>").matcher(page);
                style = m.find() ? m.group() : "";
            }
            Matcher body = Pattern.compile("(?s)<body>(.*)</body>").matcher(page);
            String inner = body.find() ? body.group(1) : "";
            String prefix = "p" + n + "-";
            inner = inner.replace(" id=\"", " id=\"" + prefix).replace("href=\"#", "href=\"#" + prefix);
            sections.append("<section class=\"project\" id=\"project-").append(n).append("\">\n").append(inner)
                    .append("</section>\n");
        }
        // the head and the table did not change: take them from the composed page
        String composed = new PortfolioWriter(ReportFormat.HTML, options).render(p);
        String head = composed.substring(0, composed.indexOf("<title>"));
        String table = composed.substring(composed.indexOf("</head>"), composed.indexOf("</table>\n</section>\n") + "</table>\n</section>\n".length());
        String title = composed.substring(composed.indexOf("<title>"), composed.indexOf("</title>\n") + 9);
        return head + title + (style.isEmpty() ? "" : style + "\n") + table + sections + "</body>\n</html>\n";
    }
}
