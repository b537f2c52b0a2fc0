package dev.psdm.rules.catalog.epics;

import dev.psdm.assertj.RuleVerifier;
import org.junit.jupiter.api.Test;

import static dev.psdm.assertj.SubjectRef.issue;
import static dev.psdm.report.EvidenceItem.Kind.COUNTED;
import static dev.psdm.report.EvidenceItem.Kind.SATISFIED;

/**
 * PSDM-EPIC-001 says why (issue 29): how many open work items it judged, each one outside every epic, and the
 * epic the others roll into. It applies to every project and has no other reason not to apply, so it is never
 * NOT_APPLICABLE.
 */
class EpicEvidenceTest {
    private static final RuleVerifier EPIC_001 = RuleVerifier.forRule("PSDM-EPIC-001");

    @Test
    void aPassNamesTheEpicEachItemRollsInto() {
        EPIC_001.given(EpicRuleTest.small().issue(i -> i.iid(70).title("Migrate wave 10").epic(1)).issue(i -> i.raid()))
                .passes()
                .hasEvidence(SATISFIED, "#70 'Migrate wave 10' rolls into epic &1")
                .lookedAtContaining("1 open work item (of 2 issues;");
    }

    @Test
    void aFailCountsEachItemOutsideEveryEpic() {
        EPIC_001.given(EpicRuleTest.small().issue(i -> i.iid(95).title("Ad-hoc: LDAP report")).issue(i -> i.iid(96).epicById(9001)))
                .fails().on(issue(95))
                .hasEvidenceOn(issue(95), COUNTED, "#95 'Ad-hoc: LDAP report' is open and belongs to no epic")
                .hasEvidence(SATISFIED, "#96 '");
    }
}
