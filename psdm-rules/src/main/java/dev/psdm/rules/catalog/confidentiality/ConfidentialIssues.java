package dev.psdm.rules.catalog.confidentiality;

import dev.psdm.model.Issue;

import java.util.List;

/**
 * The issues, open or closed, marked confidential (PSDM-CONF-001), found in the derivation's fused pass over
 * the issues: the rule and its evidence then read this list instead of each walking every issue (issue 29 item 4).
 *
 * @param issues the confidential issues, in snapshot order
 * @param of     how many issues the snapshot holds
 */
public record ConfidentialIssues(List<Issue> issues, int of) {

    public ConfidentialIssues {
        issues = List.copyOf(issues);
    }

    @Override
    public String toString() {
        return "ConfidentialIssues[" + issues.size() + " of " + of + "]";
    }
}
