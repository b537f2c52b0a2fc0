package dev.psdm.gitlab;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * Records psdm itself writes to GitLab that the rules must never judge (issue 30 item 1): a check right
 * after a publish gives the same findings as before it. The compliance issue is found by the hidden marker
 * at the top of its description ({@code dev.psdm.gitlab.publish.ComplianceMarker}); issues carrying it are
 * left out of every snapshot, as if they did not exist. Prepared ceremony records are not among them: they
 * are the team's records, and the rules look for them.
 */
public final class PsdmRecords {
    /** The key of the compliance issue's marker, {@code <!-- psdm-check:compliance-issue ... -->}. */
    public static final String COMPLIANCE_ISSUE_KEY = "psdm-check:compliance-issue";
    /** The key of a portfolio summary issue's marker ({@code psdm publish --group --summary-project}). */
    public static final String PORTFOLIO_ISSUE_KEY = "psdm-check:portfolio-issue";
    private static final String MARKER_START = "<!-- " + COMPLIANCE_ISSUE_KEY + " ";
    private static final String PORTFOLIO_MARKER_START = "<!-- " + PORTFOLIO_ISSUE_KEY + " ";

    private PsdmRecords() {
    }

    /** Whether a description marks psdm's own compliance issue or portfolio summary issue. */
    public static boolean isComplianceIssue(String description) {
        return description != null && (description.contains(MARKER_START) || description.contains(PORTFOLIO_MARKER_START));
    }

    /** The issues of a page read from GitLab without psdm's own compliance issues. */
    static List<JsonNode> withoutComplianceIssues(List<JsonNode> issues) {
        return issues.stream().filter(n -> !isComplianceIssue(n.path("description").asText(null))).toList();
    }
}
