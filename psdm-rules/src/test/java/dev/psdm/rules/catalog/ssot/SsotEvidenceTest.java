package dev.psdm.rules.catalog.ssot;

import dev.psdm.assertj.RuleVerifier;
import dev.psdm.assertj.SnapshotFixture;
import dev.psdm.model.DataGap;
import org.junit.jupiter.api.Test;

import static dev.psdm.assertj.SubjectRef.project;
import static dev.psdm.report.EvidenceItem.Kind.DATA_GAP;
import static dev.psdm.report.EvidenceItem.Kind.NOT_COUNTED;
import static dev.psdm.report.EvidenceItem.Kind.SATISFIED;

/**
 * PSDM-SSOT-001 says why (issue 29): the plan, the issues and each board (with its lists) found or missing; a plan
 * that could not be read is undecided, never "not in GitLab". It cannot be NOT_APPLICABLE: it applies to every
 * project size and has no "not applicable" part.
 */
class SsotEvidenceTest {
    private static final RuleVerifier SSOT_001 = RuleVerifier.forRule("PSDM-SSOT-001");

    @Test
    void aPassNamesThePlanTheIssuesAndEachBoard() {
        SSOT_001.given(SnapshotFixture.project().small().board("Delivery board", "PSD Workflow::To Do", "PSD Workflow::Done")
                        .issue(i -> i.title("Work")).issue(i -> i.title("More work")))
                .passes()
                .hasEvidence(SATISFIED, "The plan is in GitLab: 4 iterations and 0 milestones")
                .hasEvidence(SATISFIED, "The work is in GitLab: 2 issues")
                .hasEvidence(SATISFIED, "Board 'Delivery board' with the lists PSD Workflow::To Do, PSD Workflow::Done");
    }

    @Test
    void aFailNamesWhatIsMissing() {
        SSOT_001.given(SnapshotFixture.project()).fails().on(project())
                .hasEvidenceOn(project(), NOT_COUNTED, "No iteration and no milestone in the snapshot: the plan is not in GitLab")
                .hasEvidenceOn(project(), NOT_COUNTED, "No issue in the snapshot")
                .hasEvidenceOn(project(), NOT_COUNTED, "No issue board in the snapshot");
    }

    @Test
    void notEvaluatedNamesTheDataGapAndAnUnreadPlanStaysUndecided() {
        SSOT_001.given(SnapshotFixture.project().board("b").issue(i -> i.title("Work"))
                        .gap(DataGap.ITERATIONS, "iterations need GitLab Premium"))
                .isNotEvaluated()
                .hasEvidence(DATA_GAP, "No iteration or milestone read, and iterations is not in the snapshot: iterations "
                        + "need GitLab Premium: whether the plan is in GitLab is undecided");
        SSOT_001.given(SnapshotFixture.project().small().issue(i -> i.title("Work")).gap(DataGap.BOARDS, "403 Forbidden"))
                .isNotEvaluated().hasEvidence(DATA_GAP, "boards is not in the snapshot: 403 Forbidden");
    }
}
