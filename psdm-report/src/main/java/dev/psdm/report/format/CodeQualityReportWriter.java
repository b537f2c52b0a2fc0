package dev.psdm.report.format;

import dev.psdm.report.json.JsonOutput;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.psdm.report.BaselineState;
import dev.psdm.report.DataNotice;
import dev.psdm.report.Finding;
import dev.psdm.report.Fingerprint;
import dev.psdm.report.ReadFailure;
import dev.psdm.report.Report;
import dev.psdm.report.RuleResult;
import dev.psdm.report.Severity;

import java.io.IOException;
import java.io.Writer;

/**
 * GitLab Code Quality JSON ({@code artifacts:reports:codequality}): an array with one entry per
 * finding of a failing or waived rule, in the subset of the Code Climate spec GitLab reads
 * ({@code description}, {@code check_name}, {@code fingerprint}, {@code severity}, {@code location}).
 *
 * <ul>
 *   <li>{@code fingerprint} is {@link dev.psdm.report.Fingerprint} (rule id + subject key), stable
 *       across runs, so the MR widget shows a finding as new or resolved, not both, when its message changes.</li>
 *   <li>{@code severity}: INFO → {@code info}, WARNING → {@code minor}, ERROR → {@code critical}: only what
 *       fails the check by default ({@code --fail-on error}) reaches GitLab's top group; {@code blocker} and
 *       {@code major} are not used. A waived finding is {@code info} whatever its severity, with the waiver
 *       in its description.</li>
 *   <li>{@code content.body} (Code Climate's, ignored by GitLab's widget) carries the subject key, how to
 *       fix, the quick actions and, for a finding that can no longer be fixed, the waiver to paste.</li>
 *   <li>{@code location}: findings are about issues and iterations, not files, but GitLab needs a path and
 *       a line, so every entry points at line 1 of the conventions file ({@link FormatOptions#locationPath()},
 *       {@code .psdm.yml} by default), where waivers and thresholds live.</li>
 * </ul>
 *
 * @param options the rule catalog, links and tool version the output names
 */
public record CodeQualityReportWriter(FormatOptions options) implements ReportWriter {

    @Override
    public void write(Report report, Writer out) throws IOException {
        // one escaping policy for the whole file (issue 22 item 8): invisible characters shown as escapes
        JsonOutput.write(Escape.shown(issues(report), false), out);
    }

    /** The report's entries, as written. */
    ArrayNode issues(Report report) {
        ArrayNode issues = JsonOutput.array();
        // an incomplete run (issue 22 item 2): one entry per resource that failed to read, before the findings
        for (ReadFailure failure : report.readFailures()) {
            ObjectNode issue = issues.addObject();
            issue.put("description", Report.INCOMPLETE + ": the check failed to read " + failure.resource() + ": "
                    + failure.reason() + "; the rules that need it are not evaluated");
            issue.put("check_name", "psdm-incomplete");
            issue.put("fingerprint", Fingerprint.sha256Hex("incomplete\n" + failure.resource()));
            issue.put("severity", "critical");
            ObjectNode location = issue.putObject("location");
            location.put("path", options.locationPath());
            location.putObject("lines").put("begin", 1);
        }
        // what reading the data left out or decided (issue 22 items 1, 2): informational, one entry each
        java.util.Set<String> fingerprints = new java.util.HashSet<>();
        for (DataNotice n : report.dataNotices()) {
            ObjectNode issue = issues.addObject();
            issue.put("description", "data notice: " + n.describe());
            issue.put("check_name", "psdm-data-notice");
            String fingerprint = Fingerprint.sha256Hex("data-notice\n" + n.describe());
            for (int k = 2; !fingerprints.add(fingerprint); k++) {
                fingerprint = Fingerprint.sha256Hex("data-notice\n" + n.describe() + "\n" + k);
            }
            issue.put("fingerprint", fingerprint);
            issue.put("severity", "info");
            ObjectNode location = issue.putObject("location");
            location.put("path", options.locationPath());
            location.putObject("lines").put("begin", 1);
        }
        for (RuleResult r : report.results()) {
            for (Finding f : r.findings()) {
                ObjectNode issue = issues.addObject();
                issue.put("description", description(f));
                issue.put("check_name", r.ruleId());
                issue.put("fingerprint", f.fingerprint(r.ruleId()));
                issue.put("severity", f.isWaived() ? "info" : severity(f.severity()));
                ObjectNode location = issue.putObject("location");
                location.put("path", options.locationPath());
                location.putObject("lines").put("begin", 1);
                // Code Climate's content.body (GitLab ignores it; other Code Climate readers show it): what to do
                issue.putObject("content").put("body", Remedies.plainText(r, f, options));
            }
        }
        return issues;
    }

    /**
     * A portfolio's entries for one project: each description starts with the project's path and each
     * fingerprint is made unique per project, since the same issue number exists in every project.
     */
    ArrayNode portfolioIssues(String path, Report report) {
        ArrayNode issues = issues(report);
        for (var entry : issues) {
            ObjectNode issue = (ObjectNode) entry;
            issue.put("description", "[" + path + "] " + issue.path("description").asText());
            issue.put("fingerprint", Fingerprint.sha256Hex(path + "\n" + issue.path("fingerprint").asText()));
        }
        return issues;
    }

    static String severity(Severity severity) {
        return switch (severity) {
            case INFO -> "info";
            case WARNING -> "minor";
            case ERROR -> "critical";
        };
    }

    private static String description(Finding f) {
        if (f.waiver() != null) {
            return "WAIVED (" + f.waiver().describe() + "): " + f.message();
        }
        return f.baseline() == BaselineState.UNCHANGED ? f.message() + " (baselined)" : f.message();
    }
}
