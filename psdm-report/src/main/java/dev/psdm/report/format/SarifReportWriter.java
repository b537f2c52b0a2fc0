package dev.psdm.report.format;

import dev.psdm.report.json.JsonOutput;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.psdm.report.ConventionsUsed;
import dev.psdm.report.DataNotice;
import dev.psdm.report.Finding;
import dev.psdm.report.Fingerprint;
import dev.psdm.report.Notice;
import dev.psdm.report.ReadFailure;
import dev.psdm.report.Report;
import dev.psdm.report.RuleResult;
import dev.psdm.report.Severity;
import dev.psdm.report.Status;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * SARIF 2.1.0, one run:
 * <ul>
 *   <li>{@code tool.driver.rules}: the rule catalog ({@link FormatOptions#rules()}, plus any rule of the
 *       report missing from it), with the handbook section and the rule page as help; {@code helpUri}
 *       only when the rule pages have absolute URLs, since SARIF requires it to be absolute;</li>
 *   <li>one result per rule outcome: a failing rule gives a {@code fail} result per finding, located by a
 *       logical location for the GitLab issue, iteration or project ({@code fullyQualifiedName} = subject key);
 *       passing rules give {@code pass}, NOT_APPLICABLE {@code notApplicable} and NOT_EVALUATED
 *       {@code review} results (the tool could not decide: a person should), all at level {@code none};</li>
 *   <li>waived findings carry an {@code external}, {@code accepted} suppression with the waiver's reason,
 *       located in the conventions file;</li>
 *   <li>when the check used a baseline, fail results carry {@code baselineState} {@code new} or
 *       {@code unchanged}, and each fixed baselined finding is an {@code absent} result;</li>
 *   <li>expired and unused waivers are {@code toolConfigurationNotifications} of the invocation.</li>
 * </ul>
 * Levels: ERROR → {@code error}, WARNING → {@code warning}, INFO → {@code note}. Fingerprints go in
 * {@code partialFingerprints["psdm/v1"]}. No GUIDs or times beyond the report's as-of: the output is
 * deterministic.
 */
public final class SarifReportWriter implements ReportWriter {
    static final String SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    static final String FINGERPRINT_KEY = "psdm/v1";

    private final FormatOptions options;

    public SarifReportWriter(FormatOptions options) {
        this.options = options;
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        JsonOutput.write(log(List.of(run(report))), out);
    }

    /** A SARIF log holding these runs: one for a single report, one per project for a portfolio. */
    static ObjectNode log(List<ObjectNode> runs) {
        ObjectNode log = JsonOutput.object();
        log.put("$schema", SCHEMA_URI);
        log.put("version", "2.1.0");
        log.putArray("runs").addAll(runs);
        // one escaping policy for the whole log (issue 22 item 8): invisible characters shown, links inert
        Escape.shown(log, true);
        return log;
    }

    /** A portfolio's run for one project: the report's run, its {@code properties.project} the project's path. */
    ObjectNode portfolioRun(String path, Report report) {
        ObjectNode run = run(report);
        ((ObjectNode) run.get("properties")).put("project", path);
        return run;
    }

    /** A portfolio's run for a project that could not be read: an invocation that failed, saying why. */
    ObjectNode unreadRun(String path, String error) {
        ObjectNode run = JsonOutput.object();
        driver(run);
        run.putObject("properties").put("project", path);
        ObjectNode invocation = run.putArray("invocations").addObject();
        invocation.put("executionSuccessful", false);
        ObjectNode note = invocation.putArray("toolExecutionNotifications").addObject();
        note.put("level", "error");
        note.putObject("message").put("text", path + " could not be read: " + error);
        run.putArray("results");
        return run;
    }

    private ObjectNode driver(ObjectNode run) {
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "psdm-check");
        if (options.toolVersion() != null) {
            driver.put("version", options.toolVersion());
        }
        return driver;
    }

    /** The report's run. */
    ObjectNode run(Report report) {
        List<SarifRules.DriverRule> rules = SarifRules.of(options, report);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            index.put(rules.get(i).id(), i);
        }

        ObjectNode run = JsonOutput.object();
        ArrayNode driverRules = driver(run).putArray("rules");
        for (SarifRules.DriverRule rule : rules) {
            driverRules.add(SarifRules.descriptor(options, rule));
        }

        ObjectNode invocation = run.putArray("invocations").addObject();
        // data that failed to read (issue 22 item 2): the run did not succeed, whatever its results say
        invocation.put("executionSuccessful", !report.incomplete());
        if (report.incomplete() || !report.dataNotices().isEmpty()) {
            ArrayNode notes = invocation.putArray("toolExecutionNotifications");
            for (ReadFailure failure : report.readFailures()) {
                ObjectNode note = notes.addObject();
                note.put("level", "error");
                note.putObject("message").put("text", Report.INCOMPLETE + ": the check failed to read "
                        + failure.resource() + ": " + failure.reason());
            }
            // what reading the data left out or decided (issue 22 items 1, 2)
            for (DataNotice n : report.dataNotices()) {
                ObjectNode note = notes.addObject();
                note.put("level", "note");
                note.putObject("message").put("text", n.describe());
                ObjectNode properties = note.putObject("properties");
                properties.put("resource", n.resource());
                if (n.subject() != null) {
                    properties.put("subject", n.subject());
                }
            }
        }
        invocation.put("exitCode", report.gate().exitCode());
        ruleConfigurationOverrides(invocation, report, index);
        ArrayNode configNotifications = JsonOutput.array();
        ArrayNode results = JsonOutput.array();
        boolean baseline = report.usesBaseline();
        for (RuleResult r : report.results()) {
            int ruleIndex = index.get(r.ruleId());
            if (r.findings().isEmpty()) {
                results.add(outcome(r, ruleIndex));
            }
            for (Finding f : r.findings()) {
                results.add(failure(r, f, ruleIndex, baseline));
            }
        }
        for (Notice n : report.notices()) {
            Integer ruleIndex = index.get(n.ruleId());
            if (n.kind() == Notice.Kind.BASELINE_FIXED && ruleIndex != null) {
                results.add(absent(n, rules.get(ruleIndex), ruleIndex));
            } else if (n.kind() != Notice.Kind.BASELINE_FIXED) {
                configNotifications.add(notification(n, ruleIndex));
            }
        }
        if (!configNotifications.isEmpty()) {
            invocation.set("toolConfigurationNotifications", configNotifications);
        }
        run.set("results", results);

        ObjectNode properties = run.putObject("properties");
        properties.putPOJO("gate", report.gate());
        properties.putPOJO("project", report.project());
        properties.put("asOf", report.asOf().toString());
        if (report.asOfOutsideData() != null) {
            properties.put("asOfOutsideData", report.asOfOutsideData());
        }
        properties.putPOJO("size", report.size());
        properties.putPOJO("summary", report.summary());
        if (report.conventions() != null) {
            properties.putPOJO("conventions", report.conventions());
        }
        if (report.incomplete()) {
            properties.put("verdict", Report.INCOMPLETE);
            properties.putPOJO("readFailures", report.readFailures());
        }
        return run;
    }

    /**
     * What the conventions changed (issue 25 item 6), where SARIF keeps it: the invocation's
     * {@code ruleConfigurationOverrides}, a rule switched off as {@code enabled: false}, a re-severitied one
     * with its level.
     */
    private static void ruleConfigurationOverrides(ObjectNode invocation, Report report, Map<String, Integer> index) {
        ConventionsUsed used = report.conventions();
        if (used == null || used.disabledRules().isEmpty() && used.severityChanges().isEmpty()) {
            return;
        }
        ArrayNode overrides = invocation.putArray("ruleConfigurationOverrides");
        for (String ruleId : used.disabledRules()) {
            override(overrides, ruleId, index).put("enabled", false);
        }
        for (ConventionsUsed.SeverityChange change : used.severityChanges()) {
            override(overrides, change.ruleId(), index).put("level", level(change.to()));
        }
    }

    /** One override's {@code configuration}, its descriptor referring to the rule by id (and index when listed). */
    private static ObjectNode override(ArrayNode overrides, String ruleId, Map<String, Integer> index) {
        ObjectNode override = overrides.addObject();
        ObjectNode descriptor = override.putObject("descriptor");
        descriptor.put("id", ruleId);
        if (index.containsKey(ruleId)) {
            descriptor.put("index", index.get(ruleId));
        }
        return override.putObject("configuration");
    }

    /** A rule without findings: pass, notApplicable, review (NOT_EVALUATED). */
    private static ObjectNode outcome(RuleResult r, int ruleIndex) {
        ObjectNode result = result(r.ruleId(), ruleIndex);
        result.put("kind", switch (r.status()) {
            case PASS -> "pass";
            case NOT_APPLICABLE -> "notApplicable";
            case NOT_EVALUATED -> "review";
            case FAIL, WAIVED -> "fail";
        });
        boolean fail = r.status() == Status.FAIL || r.status() == Status.WAIVED;
        result.put("level", fail ? level(r.severity()) : "none");
        String text = r.status() == Status.PASS ? "Passed: " + r.title()
                : ReportText.heading(r.status()) + ": " + r.title() + (r.reason() != null ? " (" + r.reason() + ")" : "");
        result.putObject("message").put("text", text);
        return result;
    }

    private ObjectNode failure(RuleResult r, Finding f, int ruleIndex, boolean baseline) {
        ObjectNode result = result(r.ruleId(), ruleIndex);
        result.put("kind", "fail");
        result.put("level", level(f.severity()));
        result.putObject("message").put("text", f.message());
        locate(result, r.ruleId(), f.subject().key(), f.subject().type(), f.subject().title());
        if (f.waiver() != null) {
            ObjectNode suppression = result.putArray("suppressions").addObject();
            suppression.put("kind", "external");
            suppression.put("status", "accepted");
            suppression.put("justification", f.waiver().describe());
            suppression.putObject("location").putObject("physicalLocation").putObject("artifactLocation")
                    .put("uri", options.locationPath());
            if (f.waiver().expires() != null) {
                suppression.putObject("properties").put("expires", f.waiver().expires().toString());
            }
        }
        if (baseline && f.baseline() != null) {
            result.put("baselineState", f.baseline().name().toLowerCase(Locale.ROOT));
        }
        ObjectNode properties = result.putObject("properties");
        properties.put("subject", f.subject().key());
        if (f.subject().webUrl() != null) {
            properties.put("webUrl", f.subject().webUrl());
        }
        // what to do (issue 25 items 3 and 5): the rule's remedy, and the waiver to paste when only that is left
        if (r.helpOrNone().howToFix() != null) {
            properties.put("howToFix", r.helpOrNone().howToFix());
        }
        if (!r.helpOrNone().quickActions().isEmpty()) {
            r.helpOrNone().quickActions().forEach(properties.putArray("quickActions")::add);
        }
        String waiver = r.waiverSnippet(f);
        if (waiver != null) {
            properties.put("waiverSnippet", waiver);
        }
        return result;
    }

    /** A baselined finding that no longer occurs: SARIF's {@code absent}. */
    private static ObjectNode absent(Notice n, SarifRules.DriverRule rule, int ruleIndex) {
        ObjectNode result = result(n.ruleId(), ruleIndex);
        result.put("kind", "fail");
        result.put("level", level(rule.severity()));
        result.putObject("message").put("text", n.message());
        locate(result, n.ruleId(), n.subjectKey(), subjectType(n.subjectKey()), null);
        result.put("baselineState", "absent");
        result.putObject("properties").put("subject", n.subjectKey());
        return result;
    }

    /**
     * Locates a result at a GitLab object: a logical location named by the subject key (GitLab issues and
     * iterations are not files), and the finding's fingerprint.
     */
    private static void locate(ObjectNode result, String ruleId, String subjectKey, String type, String title) {
        ObjectNode logical = result.putArray("locations").addObject().putArray("logicalLocations").addObject();
        if (title != null) {
            logical.put("name", title);
        }
        logical.put("fullyQualifiedName", subjectKey);
        logical.put("kind", type);
        result.putObject("partialFingerprints").put(FINGERPRINT_KEY, Fingerprint.of(ruleId, subjectKey));
    }

    private static ObjectNode notification(Notice n, Integer ruleIndex) {
        ObjectNode notification = JsonOutput.object();
        notification.put("level", n.kind() == Notice.Kind.WAIVER_EXPIRED ? "warning" : "note");
        notification.putObject("message").put("text", n.message());
        ObjectNode rule = notification.putObject("associatedRule");
        rule.put("id", n.ruleId());
        if (ruleIndex != null) {
            rule.put("index", ruleIndex);
        }
        ObjectNode properties = notification.putObject("properties");
        properties.put("kind", n.kind().name());
        if (n.subjectKey() != null) {
            properties.put("subject", n.subjectKey());
        }
        return notification;
    }

    private static ObjectNode result(String ruleId, int ruleIndex) {
        ObjectNode result = JsonOutput.object();
        result.put("ruleId", ruleId);
        result.put("ruleIndex", ruleIndex);
        return result;
    }

    /** {@code issue#42} → {@code issue}, {@code iteration:10104} → {@code iteration}. */
    private static String subjectType(String key) {
        int end = 0;
        while (end < key.length() && Character.isLetter(key.charAt(end))) {
            end++;
        }
        return end == 0 ? "subject" : key.substring(0, end);
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }
}
