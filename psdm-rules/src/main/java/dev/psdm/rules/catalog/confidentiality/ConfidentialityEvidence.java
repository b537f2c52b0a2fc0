package dev.psdm.rules.catalog.confidentiality;

import dev.psdm.engine.Findings;
import dev.psdm.engine.facts.ProjectContext;
import dev.psdm.model.Issue;
import dev.psdm.report.Subject;

import static dev.psdm.rules.catalog.evidence.EvidenceText.name;
import static dev.psdm.rules.catalog.evidence.EvidenceText.plural;

/**
 * The evidence of PSDM-CONF-001 (issue 29): how many issues, open and closed, were read and each one marked
 * confidential, open or closed; a PASS says none of them is.
 */
public final class ConfidentialityEvidence {
    private ConfidentialityEvidence() {
    }

    public static void explain(Findings findings, Object drools, ProjectContext project, ConfidentialIssues confidential) {
        findings.lookedAt(drools, "the confidential flag of " + plural(confidential.of(), "issue") + ", open or closed");
        if (confidential.issues().isEmpty()) {
            findings.satisfied(drools, project.subject(), null, "None of the " + plural(confidential.of(), "issue")
                    + " is confidential");
            return;
        }
        for (Issue issue : confidential.issues()) {
            Subject subject = Subject.issue(issue);
            findings.counted(drools, subject, subject, name(issue) + " (" + (issue.isOpen() ? "open" : "closed")
                    + ") is marked confidential, which hides it from guests and reporters but not from developers, "
                    + "the customer's included");
        }
    }
}
