package dev.psdm.report.format;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.psdm.report.PortfolioReport;
import dev.psdm.report.PortfolioReport.Entry;
import dev.psdm.report.Severity;
import dev.psdm.report.json.JsonOutput;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a {@link PortfolioReport} in each {@link ReportFormat}: a per-project summary table, then
 * each project's own report, composed from the pieces each format's writer builds for one project:
 * <ul>
 *   <li>text, Markdown: the table, then each project's report as its writer renders it;</li>
 *   <li>HTML: one page, the table, then one section per project holding the body its writer builds with
 *       the project's id prefix, under the writers' shared stylesheet;</li>
 *   <li>JSON ({@code psdm-portfolio/1}): {@code totals}, and per project its path, highest failing severity and
 *       {@code psdm-report/1} object, or its {@code error};</li>
 *   <li>JUnit XML: one {@code <testsuite>} per project under one {@code <testsuites>}; a project that could not
 *       be read is a suite with one erroring test case;</li>
 *   <li>SARIF: one run per project (its path in the run's {@code properties.project}); a project that could not be
 *       read is a run whose invocation failed;</li>
 *   <li>Code Quality: all projects' entries in one array, each description prefixed with its project and each
 *       fingerprint made unique per project (the same issue number exists in every project).</li>
 * </ul>
 */
public final class PortfolioWriter {
    public static final String SCHEMA = "psdm-portfolio/1";

    private final ReportFormat format;
    private final FormatOptions options;

    public PortfolioWriter(ReportFormat format, FormatOptions options) {
        this.format = format;
        this.options = options;
    }

    public String render(PortfolioReport portfolio) {
        return switch (format) {
            case TEXT -> text(portfolio);
            case MARKDOWN -> markdown(portfolio);
            case HTML -> html(portfolio);
            case JSON -> json(portfolio);
            case JUNIT -> junit(portfolio);
            case SARIF -> sarif(portfolio);
            case CODEQUALITY -> codeQuality(portfolio);
        };
    }

    private String project(Entry entry) {
        return format.writer(options).render(entry.report());
    }

    private String text(PortfolioReport p) {
        StringBuilder sb = new StringBuilder();
        sb.append(Escape.terminal(PortfolioSummary.headline(p))).append(".\n\n");
        PortfolioSummary.appendText(sb, p);
        for (Entry e : p.projects()) {
            if (e.loaded()) {
                sb.append("\n==== ").append(Escape.terminal(e.path())).append(" ====\n\n").append(project(e));
            }
        }
        return sb.toString();
    }

    private String markdown(PortfolioReport p) {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(Escape.markdown(PortfolioSummary.headline(p))).append("\n\n");
        PortfolioSummary.appendMarkdown(sb, p);
        for (Entry e : p.projects()) {
            if (e.loaded()) {
                sb.append("\n---\n\n").append(project(e));
            }
        }
        return sb.toString();
    }

    private String html(PortfolioReport p) {
        HtmlReportWriter writer = new HtmlReportWriter(options);
        StringWriter sections = new StringWriter();
        int n = 0;
        try {
            for (Entry e : p.projects()) {
                n++;
                if (e.loaded()) {
                    // the blank line after the opening tag is the line break that followed <body> in the
                    // project's page, which the first portfolio pages carried over
                    sections.write("<section class=\"project\" id=\"" + PortfolioSummary.htmlSectionId(n) + "\">\n\n");
                    writer.writeBody(e.report(), PortfolioSummary.htmlIdPrefix(n), sections);
                    sections.write("</section>\n");
                }
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        // the stylesheet is the projects' pages': a page without any project read has none
        String headline = Escape.xml(PortfolioSummary.headline(p));
        StringBuilder sb = new StringBuilder();
        sb.append(HtmlStyle.head(PortfolioSummary.headline(p), p.checked() > 0))
                .append("<body>\n<header>\n<h1>").append(headline).append("</h1>\n</header>\n")
                .append("<section id=\"portfolio\">\n<h2>Projects</h2>\n");
        PortfolioSummary.appendHtml(sb, p);
        sb.append("</section>\n").append(sections).append("</body>\n</html>\n");
        return sb.toString();
    }

    private String json(PortfolioReport p) {
        ObjectNode root = JsonOutput.object();
        root.put("schema", SCHEMA);
        if (p.gitlabUrl() != null) {
            root.put("gitlabUrl", p.gitlabUrl());
        }
        root.put("group", p.group());
        if (p.scannedAt() != null) {
            root.put("scannedAt", p.scannedAt().toString());
        }
        ObjectNode totals = root.putObject("totals");
        totals.put("projects", p.projects().size());
        totals.put("checked", p.checked());
        totals.put("notRead", p.notLoaded());
        ArrayNode projects = root.putArray("projects");
        for (Entry e : p.projects()) {
            ObjectNode item = projects.addObject();
            item.put("path", e.path());
            if (e.webUrl() != null) {
                item.put("webUrl", e.webUrl());
            }
            if (e.loaded()) {
                Severity highest = e.highestFailure();
                if (highest != null) {
                    item.put("highestFailure", highest.name());
                }
                item.set("report", JsonOutput.tree(e.report()));
            } else {
                item.put("error", e.error());
            }
        }
        return JsonOutput.toJson(root);
    }

    private String sarif(PortfolioReport p) {
        SarifReportWriter writer = new SarifReportWriter(options);
        List<ObjectNode> runs = new ArrayList<>();
        for (Entry e : p.projects()) {
            runs.add(e.loaded() ? writer.portfolioRun(e.path(), e.report()) : writer.unreadRun(e.path(), e.error()));
        }
        return JsonOutput.toJson(SarifReportWriter.log(runs));
    }

    private String codeQuality(PortfolioReport p) {
        CodeQualityReportWriter writer = new CodeQualityReportWriter(options);
        ArrayNode all = JsonOutput.array();
        for (Entry e : p.projects()) {
            if (e.loaded()) {
                all.addAll(writer.portfolioIssues(e.path(), e.report()));
            }
        }
        return JsonOutput.toJson(Escape.shown(all, false));
    }

    private String junit(PortfolioReport p) {
        List<JUnitSuite> suites = new ArrayList<>();
        for (Entry e : p.projects()) {
            suites.add(e.loaded() ? JUnitReportWriter.suite(e.report(), options).inPortfolioStyle()
                    : JUnitReportWriter.unreadProject(e.path(), e.error()));
        }
        return JUnitSuite.document("psdm-check portfolio " + p.group(), suites);
    }
}
