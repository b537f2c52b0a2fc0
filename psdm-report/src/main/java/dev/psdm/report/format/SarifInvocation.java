package dev.psdm.report.format;

import dev.psdm.report.json.JsonOutput;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.psdm.report.ConventionsUsed;
import dev.psdm.report.DataNotice;
import dev.psdm.report.Notice;
import dev.psdm.report.ReadFailure;
import dev.psdm.report.Report;

import java.util.Map;

import static dev.psdm.report.format.SarifReportWriter.level;

/**
 * The invocation of a SARIF run ({@link SarifReportWriter}): how the check ran rather than what it found.
 * Whether it succeeded (not when data failed to read), what reading the data left out or decided
 * ({@code toolExecutionNotifications}), the exit code, what the conventions changed
 * ({@code ruleConfigurationOverrides}) and the expired or unused waivers ({@code toolConfigurationNotifications}).
 */
final class SarifInvocation {
    private SarifInvocation() {
    }

    /** The report's invocation; {@code index} gives each rule's position in the driver's rules. */
    static ObjectNode of(Report report, Map<String, Integer> index) {
        ObjectNode invocation = JsonOutput.object();
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
        for (Notice n : report.notices()) {
            // a fixed baselined finding is a result ("absent"), not a notification
            if (n.kind() != Notice.Kind.BASELINE_FIXED) {
                configNotifications.add(notification(n, index.get(n.ruleId())));
            }
        }
        if (!configNotifications.isEmpty()) {
            invocation.set("toolConfigurationNotifications", configNotifications);
        }
        return invocation;
    }

    /** The invocation of a portfolio's project that could not be read: it failed, saying why. */
    static ObjectNode unread(String path, String error) {
        ObjectNode invocation = JsonOutput.object();
        invocation.put("executionSuccessful", false);
        ObjectNode note = invocation.putArray("toolExecutionNotifications").addObject();
        note.put("level", "error");
        note.putObject("message").put("text", path + " could not be read: " + error);
        return invocation;
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
}
