package dev.psdm.report.format;

import dev.psdm.report.json.JsonOutput;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.psdm.report.Fingerprint;
import dev.psdm.report.PortfolioReport;
import dev.psdm.report.PortfolioReport.Entry;
import dev.psdm.report.Severity;
import dev.psdm.report.Summary;
import org.w3c.dom.Document;
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
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders a {@link PortfolioReport} in each {@link ReportFormat}: a per-project summary table, then
 * each project's own report as its format's writer renders it, combined the way the format allows:
 * <ul>
 *   <li>text, Markdown, HTML: the table, then one section per project (HTML ids made unique per project);</li>
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

    private static String headline(PortfolioReport p) {
        return "PSDM portfolio scan of group " + p.group() + (p.gitlabUrl() == null ? "" : " at " + p.gitlabUrl())
                + ": " + p.projects().size() + (p.projects().size() == 1 ? " project, " : " projects, ")
                + p.checked() + " checked, " + p.notLoaded() + " not read";
    }

    /** One summary row: size, counts, highest failing severity; or "not read" and why. */
    private static String[] row(Entry e) {
        if (!e.loaded()) {
            return new String[]{e.path(), "—", "", "", "", "", "", "not read: " + e.error()};
        }
        Summary s = e.report().summary();
        Severity highest = e.highestFailure();
        return new String[]{e.path(), e.report().size().sizeClass().name(), Integer.toString(s.fail()),
                Integer.toString(s.pass()), Integer.toString(s.notApplicable()), Integer.toString(s.notEvaluated()),
                Integer.toString(s.waived()), highest == null ? "no failure" : highest.name()};
    }

    private static final String[] HEADER = {"Project", "Size", "Failed", "Passed", "N/A", "Not evaluated", "Waived",
            "Highest failure"};

    // ---- text ----

    private String text(PortfolioReport p) {
        StringBuilder sb = new StringBuilder();
        sb.append(headline(p)).append(".\n\n");
        int[] width = new int[HEADER.length - 1];
        for (int c = 0; c < width.length; c++) {
            width[c] = HEADER[c].length();
        }
        for (Entry e : p.projects()) {
            String[] r = row(e);
            for (int c = 0; c < width.length; c++) {
                width[c] = Math.max(width[c], r[c].length());
            }
        }
        appendTextRow(sb, HEADER, width);
        for (Entry e : p.projects()) {
            appendTextRow(sb, row(e), width);
        }
        for (Entry e : p.projects()) {
            if (e.loaded()) {
                sb.append("\n==== ").append(e.path()).append(" ====\n\n").append(project(e));
            }
        }
        return sb.toString();
    }

    private static void appendTextRow(StringBuilder sb, String[] cells, int[] width) {
        for (int c = 0; c < cells.length; c++) {
            String cell = cells[c];
            if (c == cells.length - 1) {
                sb.append(cell);
            } else if (c >= 2 && c <= 6) {
                sb.append(" ".repeat(width[c] - cell.length())).append(cell).append("  ");
            } else {
                sb.append(cell).append(" ".repeat(width[c] - cell.length())).append("  ");
            }
        }
        sb.append('\n');
    }

    // ---- Markdown ----

    private String markdown(PortfolioReport p) {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(Escape.markdown(headline(p))).append("\n\n");
        sb.append('|').append(String.join("|", HEADER)).append("|\n|");
        sb.append("---|".repeat(HEADER.length)).append('\n');
        for (Entry e : p.projects()) {
            String[] r = row(e);
            r[0] = e.webUrl() == null ? Escape.markdown(e.path()) : "[" + Escape.markdown(e.path()) + "](" + e.webUrl() + ")";
            for (int c = 1; c < r.length; c++) {
                r[c] = Escape.markdown(r[c]);
            }
            sb.append('|').append(String.join("|", r)).append("|\n");
        }
        for (Entry e : p.projects()) {
            if (e.loaded()) {
                sb.append("\n---\n\n").append(project(e));
            }
        }
        return sb.toString();
    }

    // ---- HTML ----

    private static final Pattern STYLE = Pattern.compile("(?s)<style>.*?</style>");
    private static final Pattern BODY = Pattern.compile("(?s)<body>(.*)</body>");

    private String html(PortfolioReport p) {
        String style = "";
        StringBuilder sections = new StringBuilder();
        int n = 0;
        for (Entry e : p.projects()) {
            n++;
            if (!e.loaded()) {
                continue;
            }
            String page = project(e);
            if (style.isEmpty()) {
                Matcher m = STYLE.matcher(page);
                style = m.find() ? m.group() : "";
            }
            Matcher body = BODY.matcher(page);
            String inner = body.find() ? body.group(1) : "";
            // each project's page uses the same ids (summary, failed, ...): make them unique in the one page
            String prefix = "p" + n + "-";
            inner = inner.replace(" id=\"", " id=\"" + prefix).replace("href=\"#", "href=\"#" + prefix);
            sections.append("<section class=\"project\" id=\"project-").append(n).append("\">\n").append(inner)
                    .append("</section>\n");
        }
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Escape.xml(headline(p))).append("</title>\n").append(style).append('\n')
                .append("</head>\n<body>\n<header>\n<h1>").append(Escape.xml(headline(p))).append("</h1>\n</header>\n")
                .append("<section id=\"portfolio\">\n<h2>Projects</h2>\n<table>\n<tr>");
        for (String h : HEADER) {
            sb.append("<th>").append(Escape.xml(h)).append("</th>");
        }
        sb.append("</tr>\n");
        n = 0;
        for (Entry e : p.projects()) {
            n++;
            String[] r = row(e);
            sb.append("<tr>");
            for (int c = 0; c < r.length; c++) {
                sb.append("<td>");
                if (c == 0 && e.loaded()) {
                    sb.append("<a href=\"#project-").append(n).append("\">").append(Escape.xml(r[c])).append("</a>");
                } else {
                    sb.append(Escape.xml(r[c]));
                }
                sb.append("</td>");
            }
            sb.append("</tr>\n");
        }
        sb.append("</table>\n</section>\n").append(sections).append("</body>\n</html>\n");
        return sb.toString();
    }

    // ---- JSON ----

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

    // ---- SARIF ----

    private String sarif(PortfolioReport p) {
        ObjectNode root = null;
        ArrayNode runs = JsonOutput.array();
        for (Entry e : p.projects()) {
            if (e.loaded()) {
                ObjectNode log = new SarifReportWriter(options).log(e.report());
                if (root == null) {
                    root = log.deepCopy();
                }
                log.path("runs").forEach(run -> {
                    ObjectNode r = (ObjectNode) run;
                    (r.has("properties") ? (ObjectNode) r.get("properties") : r.putObject("properties"))
                            .put("project", e.path());
                    runs.add(r);
                });
            } else {
                ObjectNode run = runs.addObject();
                ObjectNode driver = run.putObject("tool").putObject("driver");
                driver.put("name", "psdm-check");
                if (options.toolVersion() != null) {
                    driver.put("version", options.toolVersion());
                }
                run.putObject("properties").put("project", e.path());
                ObjectNode invocation = run.putArray("invocations").addObject();
                invocation.put("executionSuccessful", false);
                ObjectNode note = invocation.putArray("toolExecutionNotifications").addObject();
                note.put("level", "error");
                note.putObject("message").put("text", e.path() + " could not be read: " + e.error());
                run.putArray("results");
            }
        }
        if (root == null) {
            root = JsonOutput.object();
            root.put("$schema", "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json");
            root.put("version", "2.1.0");
        }
        root.set("runs", runs);
        return JsonOutput.toJson(root);
    }

    // ---- Code Quality ----

    private String codeQuality(PortfolioReport p) {
        ArrayNode all = JsonOutput.array();
        for (Entry e : p.projects()) {
            if (!e.loaded()) {
                continue;
            }
            for (JsonNode entry : new CodeQualityReportWriter(options).issues(e.report())) {
                ObjectNode issue = (ObjectNode) entry;
                issue.put("description", "[" + e.path() + "] " + issue.path("description").asText());
                issue.put("fingerprint", Fingerprint.sha256Hex(e.path() + "\n" + issue.path("fingerprint").asText()));
                all.add(issue);
            }
        }
        return JsonOutput.toJson(all);
    }

    // ---- JUnit XML ----

    private String junit(PortfolioReport p) {
        StringBuilder suites = new StringBuilder();
        long tests = 0;
        long failures = 0;
        long errors = 0;
        long skipped = 0;
        for (Entry e : p.projects()) {
            if (e.loaded()) {
                Document doc = xml(project(e));
                NodeList list = doc.getElementsByTagName("testsuite");
                for (int i = 0; i < list.getLength(); i++) {
                    Element suite = (Element) list.item(i);
                    tests += count(suite, "tests");
                    failures += count(suite, "failures");
                    errors += count(suite, "errors");
                    skipped += count(suite, "skipped");
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
                + String.format(Locale.ROOT, "<testsuites name=\"psdm-check portfolio %s\" tests=\"%d\" failures=\"%d\""
                + " errors=\"%d\" skipped=\"%d\" time=\"0\">%n", Escape.xml(p.group()), tests, failures, errors, skipped)
                .replace("\r\n", "\n")
                + suites + "</testsuites>\n";
    }

    private static long count(Element e, String attribute) {
        String v = e.getAttribute(attribute);
        return v.isEmpty() ? 0 : Long.parseLong(v);
    }

    private static Document xml(String text) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
        } catch (Exception e) {
            throw new IllegalStateException("the JUnit writer produced invalid XML: " + e.getMessage(), e);
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
            throw new IllegalStateException(e);
        }
    }
}
