package dev.psdm.report.format;

import dev.psdm.report.json.JsonOutput;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.psdm.report.Report;
import dev.psdm.report.Severity;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
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
 * deterministic. The run's invocation is {@link SarifInvocation}'s, its results {@link SarifResults}', its
 * rule descriptors {@link SarifRules}'.
 *
 * @param options the rule catalog, links and tool version the output names
 */
public record SarifReportWriter(FormatOptions options) implements ReportWriter {
    static final String SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    static final String FINGERPRINT_KEY = "psdm/v1";

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
        run.putArray("invocations").add(SarifInvocation.unread(path, error));
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

    /** The report's run: the driver with the rule catalog, the invocation, the results, the report's facts. */
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
        run.putArray("invocations").add(SarifInvocation.of(report, index));
        run.set("results", new SarifResults(options).of(report, rules, index));

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

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }
}
