package dev.psdm.rules.catalog.confidentiality;

import dev.psdm.assertj.RuleVerifier;
import dev.psdm.assertj.SnapshotFixture;
import org.junit.jupiter.api.Test;

import static dev.psdm.assertj.SubjectRef.issue;
import static dev.psdm.report.EvidenceItem.Kind.COUNTED;
import static dev.psdm.report.EvidenceItem.Kind.SATISFIED;

/**
 * PSDM-CONF-001 says why (issue 29): how many issues it read and each confidential one, open or closed. It
 * applies to every project and judges every issue, so it is never NOT_APPLICABLE.
 */
class ConfidentialityEvidenceTest {
    private static final RuleVerifier CONF_001 = RuleVerifier.forRule("PSDM-CONF-001");

    @Test
    void aPassSaysNoneOfTheIssuesIsConfidential() {
        CONF_001.given(SnapshotFixture.project().small().issue(i -> i.iid(1)).issue(i -> i.iid(2).closed()))
                .passes()
                .hasEvidence(SATISFIED, "None of the 2 issues is confidential")
                .lookedAtContaining("the confidential flag of 2 issues, open or closed");
    }

    @Test
    void aFailCountsEachConfidentialIssue() {
        CONF_001.given(SnapshotFixture.project().small()
                        .issue(i -> i.iid(93).title("Commercials").confidential())
                        .issue(i -> i.iid(94).title("Old pricing").confidential().closed())
                        .issue(i -> i.iid(95)))
                .fails().on(issue(93), issue(94))
                .hasEvidenceOn(issue(93), COUNTED, "#93 'Commercials' (open) is marked confidential")
                .hasEvidenceOn(issue(94), COUNTED, "#94 'Old pricing' (closed) is marked confidential");
    }
}
