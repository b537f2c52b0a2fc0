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
 * @param help     what to do about the findings (the rule's {@link RuleHelp}); null when the rule says nothing
 * @param evidence what the outcome rests on beyond its findings' own evidence (issue 29); null when
 *                 the evaluation made none
 */
@JsonPropertyOrder({"ruleId", "title", "severity", "status", "source", "reason", "help", "evidence", "findings"})
public record RuleResult(String ruleId, String title, Severity severity, Status status, String source,
                         @Nullable String reason, List<Finding> findings, @Nullable RuleHelp help,
                         @Nullable Evidence evidence) {
    public RuleResult {
        findings = List.copyOf(findings);
        help = help == null || help.isEmpty() ? null : help;
        evidence = evidence == null || evidence.isEmpty() ? null : evidence;
    }

    /** A result without evidence. */
    public RuleResult(String ruleId, String title, Severity severity, Status status, String source,
                      @Nullable String reason, List<Finding> findings, @Nullable RuleHelp help) {
        this(ruleId, title, severity, status, source, reason, findings, help, null);
    }

    /** A result without help (a rule that declares none). */
    public RuleResult(String ruleId, String title, Severity severity, Status status, String source,
                      @Nullable String reason, List<Finding> findings) {
        this(ruleId, title, severity, status, source, reason, findings, null);
    }

    /** The help, {@link RuleHelp#NONE} when the rule declares none (never null, for the formats). */
    public RuleHelp helpOrNone() {
        return help == null ? RuleHelp.NONE : help;
    }

    /**
     * The {@code .psdm.yml} waiver for a finding of this rule when it can no longer be fixed (the rule's
     * help says {@linkplain RuleHelp#waiveOnly() waive only}) and is not waived yet; null otherwise.
     */
    public @Nullable String waiverSnippet(Finding finding) {
        return helpOrNone().waiveOnly() && !finding.isWaived() ? WaiverSnippet.of(ruleId, finding.subject()) : null;
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
        return new RuleResult(ruleId, title, newSeverity, newStatus, source, reason, newFindings, help, evidence);
    }

    /** A copy with this evidence (null for none). */
    public RuleResult withEvidence(@Nullable Evidence value) {
        return new RuleResult(ruleId, title, severity, status, source, reason, findings, help, value);
    }
}
