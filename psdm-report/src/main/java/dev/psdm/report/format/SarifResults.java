package dev.psdm.report.format;

import dev.psdm.report.json.JsonOutput;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.psdm.report.Finding;
import dev.psdm.report.Fingerprint;
import dev.psdm.report.Notice;
import dev.psdm.report.Report;
import dev.psdm.report.RuleResult;
import dev.psdm.report.Status;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static dev.psdm.report.format.SarifReportWriter.FINGERPRINT_KEY;
import static dev.psdm.report.format.SarifReportWriter.level;

/**
 * The results of a SARIF run ({@link SarifReportWriter}): one per outcome of a rule without findings, one per
 * finding (with its waiver as a suppression and its baseline state), and one {@code absent} result per
 * baselined finding that no longer occurs. Each refers to its rule by id and by index in the driver's rules.
 */
final class SarifResults {
    private final FormatOptions options;

    SarifResults(FormatOptions options) {
        this.options = options;
    }

    /** The report's results, in report order, then the fixed baselined findings in notice order. */
    ArrayNode of(Report report, List<SarifRules.DriverRule> rules, Map<String, Integer> index) {
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
            }
        }
        return results;
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
}
