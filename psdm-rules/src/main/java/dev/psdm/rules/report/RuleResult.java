package dev.psdm.rules.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * The outcome of one rule.
 *
 * @param severity the rule's severity, or the highest severity among its findings when it fails
 * @param reason   why the rule is NOT_APPLICABLE or NOT_EVALUATED (null otherwise)
 */
@JsonPropertyOrder({"ruleId", "title", "severity", "status", "source", "reason", "findings"})
public record RuleResult(String ruleId, String title, Severity severity, Status status, String source,
                         String reason, List<Finding> findings) {
    public RuleResult {
        findings = List.copyOf(findings);
    }

    public boolean failed() {
        return status == Status.FAIL;
    }
}
