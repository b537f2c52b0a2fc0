package dev.psdm.rules.catalog.dri;

import dev.psdm.assertj.RuleVerifier;
import dev.psdm.assertj.SnapshotFixture;
import org.junit.jupiter.api.Test;


import static dev.psdm.assertj.SubjectRef.issue;
import static dev.psdm.report.EvidenceItem.Kind.COUNTED;
import static dev.psdm.report.EvidenceItem.Kind.NOT_COUNTED;
import static dev.psdm.report.EvidenceItem.Kind.SATISFIED;

/**
 * PSDM-DRI-001 says why (issue 29): the current iteration, what it judged there, each unassigned item and how
 * many assignees the others have (a count, not names). As of 2026-03-20 the large fixture's Iteration 5 is current.
 */
class DriEvidenceTest {
    private static final RuleVerifier DRI_001 = RuleVerifier.forRule("PSDM-DRI-001");

    @Test
    void aPassCountsTheAssigneesOfEachItem() {
        DRI_001.given(SnapshotFixture.project().large()
                        .issue(i -> i.iid(10).title("Wave 5").inIteration(5).assignees("jdoe", "asmith")))
                .passes()
                .hasEvidence(SATISFIED, "#10 'Wave 5' has 2 assignees")
                .lookedAtContaining("1 open work item planned in Iteration 5 (");
    }

    @Test
    void aFailCountsTheUnassignedItemAndSaysWhatWasLeftOut() {
        DRI_001.given(SnapshotFixture.project().large()
                        .issue(i -> i.iid(73).title("Cut over wave 3").inIteration(5).unassigned())
                        .issue(i -> i.iid(74).inIteration(5).unassigned().closed()))
                .fails().on(issue(73))
                .hasEvidenceOn(issue(73), COUNTED, "#73 'Cut over wave 3' is open in Iteration 5 and has no assignee")
                .lookedAtContaining("1 more issue planned there not judged");
    }

    @Test
    void notApplicableNamesTheIterationsEitherSideOfTheAsOfDate() {
        DRI_001.given(SnapshotFixture.project().small()).isNotApplicable()
                .hasEvidence(NOT_COUNTED, "No iteration is current on the as-of date 2026-03-20: the last to end, Iteration 3, "
                        + "ended on 2026-03-01; none starts later");
    }
}
