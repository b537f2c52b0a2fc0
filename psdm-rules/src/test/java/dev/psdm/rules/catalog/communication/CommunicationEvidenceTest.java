package dev.psdm.rules.catalog.communication;

import dev.psdm.assertj.RuleVerifier;
import dev.psdm.assertj.SnapshotFixture;
import dev.psdm.model.DataGap;
import org.junit.jupiter.api.Test;

import static dev.psdm.assertj.SubjectRef.project;
import static dev.psdm.report.EvidenceItem.Kind.DATA_GAP;
import static dev.psdm.report.EvidenceItem.Kind.NEAR_MISS;
import static dev.psdm.report.EvidenceItem.Kind.NOT_COUNTED;
import static dev.psdm.report.EvidenceItem.Kind.SATISFIED;

/**
 * PSDM-COMM-001 says why (issue 29): the plan found and the pattern that recognised it, or the pattern sought,
 * the nearest title and whether the wiki was read. It applies to every project size and has no other reason
 * not to apply, so it is never NOT_APPLICABLE.
 */
class CommunicationEvidenceTest {
    private static final RuleVerifier COMM_001 = RuleVerifier.forRule("PSDM-COMM-001");

    @Test
    void aPassNamesThePlanAndThePattern() {
        COMM_001.given(SnapshotFixture.project().small().issue(i -> i.iid(2).title("Communication Plan – Globex")))
                .passes()
                .hasEvidence(SATISFIED, "Issue #2 'Communication Plan – Globex' is the communication plan: its title matches "
                        + "`communicationPlan.title` (/(?i)communication\\s*+plan/)")
                .usedSetting("communicationPlan.title", "'(?i)communication\\s*+plan'");
    }

    @Test
    void aFailNamesTheNearestTitle() {
        COMM_001.given(SnapshotFixture.project().small().issue(i -> i.iid(7).title("Comms cadence with Globex")))
                .fails().on(project())
                .hasEvidenceOn(project(), NOT_COUNTED, "No issue and no wiki page has a title matching `communicationPlan.title`")
                .hasEvidenceOn(project(), NEAR_MISS, "#7 'Comms cadence with Globex' speaks of 'comms' but its title does not "
                        + "match `communicationPlan.title`");
    }

    @Test
    void notEvaluatedSaysTheWikiCouldNotBeRead() {
        COMM_001.given(SnapshotFixture.project().small().gap(DataGap.WIKI, "404 wiki disabled")).isNotEvaluated()
                .hasEvidence(DATA_GAP, "404 wiki disabled")
                .hasEvidence(NOT_COUNTED, "the wiki, where the plan often lives, could not be read");
    }
}
