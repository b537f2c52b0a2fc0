package dev.psdm.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of one rule.
 *
 * @param severity the rule's severity, or the highest severity among its findings when it fails
 *                 (among its unwaived findings when some are waived)
 * @param reason   why the rule is NOT_APPLICABLE or NOT_EVALUATED (null otherwise)
 */
@JsonPropertyOrder({"ruleId", "title", "severity", "status", "source", "reason", "findings"})
public record RuleResult(String ruleId, String title, Severity severity, Status status, String source,
                         @Nullable String reason, List<Finding> findings) {
    public RuleResult {
        findings = List.copyOf(findings);
    }

    public boolean failed() {
        return status == Status.FAIL;
    }

    /**
     * True when the rule fails the build at this threshold: it failed and one of its findings that
     * {@linkplain Finding#counts() counts} (neither waived nor baselined) is at least that severe.
     */
    public boolean failsAtOrAbove(Severity threshold) {
        if (!failed()) {
            return false;
        }
        if (findings.isEmpty()) {
            return severity.isAtLeast(threshold);
        }
        return findings.stream().anyMatch(f -> f.counts() && f.severity().isAtLeast(threshold));
    }

    /** A copy with other findings, status and severity (used by the waiver and baseline post-processors). */
    public RuleResult with(Status newStatus, Severity newSeverity, List<Finding> newFindings) {
        return new RuleResult(ruleId, title, newSeverity, newStatus, source, reason, newFindings);
    }
}
