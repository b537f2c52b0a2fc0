package dev.psdm.rules.catalog.labels;

import dev.psdm.assertj.RuleVerifier;
import dev.psdm.assertj.SnapshotFixture;
import org.junit.jupiter.api.Test;

import static dev.psdm.assertj.SubjectRef.issue;
import static dev.psdm.assertj.SubjectRef.label;
import static dev.psdm.report.EvidenceItem.Kind.COUNTED;
import static dev.psdm.report.EvidenceItem.Kind.NEAR_MISS;
import static dev.psdm.report.EvidenceItem.Kind.NOT_COUNTED;
import static dev.psdm.report.EvidenceItem.Kind.SATISFIED;

/**
 * The label rules say why (issue 29): the labels that matched each CP label's convention, quoted with its
 * {@code .psdm.yml} key, or the near misses (archived, or alike but not matching) (PSDM-LBL-001); how many open
 * work items sit in each workflow state and, for one off the board, the workflow-like label it carries instead
 * (PSDM-LBL-002); the data gap is RequiredDataContractTest's. Neither rule can be NOT_APPLICABLE: both apply to every project size and have no
 * "not applicable" part.
 */
class LabelEvidenceTest {
    private static final RuleVerifier LBL_001 = RuleVerifier.forRule("PSDM-LBL-001");
    private static final RuleVerifier LBL_002 = RuleVerifier.forRule("PSDM-LBL-002");

    @Test
    void aPassNamesTheLabelThatMatchedEachConvention() {
        LBL_001.given(SnapshotFixture.project().small().labels("SOW-1234", "PM::Jane Doe", "PSD Workflow::To Do",
                        "PSD Workflow::Done"))
                .passes()
                .hasEvidence(SATISFIED, "SOW-# or PO#: 'SOW-1234' matches `labels.sow` ((?i)^(SOW-\\d++|PO#?\\d++)\\b)")
                .hasEvidence(SATISFIED, "PM name: 'PM::Jane Doe' matches `labels.pm`")
                .hasEvidence(SATISFIED, "PSD Workflow::*: 'PSD Workflow::Done', 'PSD Workflow::To Do' match "
                        + "`labels.workflowPrefix` (PSD Workflow::)")
                .lookedAtContaining("4 labels in use")
                .usedSetting("labels.workflowPrefix", "'PSD Workflow::'");
    }

    @Test
    void aFailNamesTheNearMissesArchivedOrAlike() {
        LBL_001.given(SnapshotFixture.project().small().labels("PM::Jane Doe", "SOW 1234", "Workflow::Doing")
                        .archivedLabels("SOW-77"))
                .fails().on(label("SOW-# or PO#"), label("PSD Workflow::*"))
                .hasEvidenceOn(label("SOW-# or PO#"), NOT_COUNTED, "SOW-# or PO#: no label in use matches `labels.sow`")
                .hasEvidenceOn(label("SOW-# or PO#"), NEAR_MISS, "'SOW-77' matches `labels.sow` ((?i)^(SOW-\\d++|PO#?\\d++)\\b), "
                        + "but GitLab archived it")
                .hasEvidenceOn(label("SOW-# or PO#"), NEAR_MISS, "'SOW 1234' looks like a SOW-# or PO# label but does not match")
                .hasEvidenceOn(label("PSD Workflow::*"), NEAR_MISS, "'Workflow::Doing' looks like a PSD Workflow::* label but "
                        + "does not match `labels.workflowPrefix` (PSD Workflow::)")
                .hasEvidence(SATISFIED, "PM name: 'PM::Jane Doe' matches");
    }

    @Test
    void theBoardPassCountsTheOpenWorkItemsInEachWorkflowState() {
        LBL_002.given(SnapshotFixture.project().small()
                        .issue(i -> i.labels("PSD Workflow::In Progress"))
                        .issue(i -> i.labels("PSD Workflow::In Progress", "backend"))
                        .issue(i -> i.labels("PSD Workflow::Backlog"))
                        .issue(i -> i.closed()))
                .passes()
                .hasEvidence(SATISFIED, "PSD Workflow::In Progress: 2 open work items")
                .hasEvidence(SATISFIED, "PSD Workflow::Backlog: 1 open work item")
                .hasEvidence(SATISFIED, "3 of 3 open work items on the workflow board")
                .lookedAtContaining("labels starting with `labels.workflowPrefix` (PSD Workflow::)");
    }

    @Test
    void theBoardFailNamesTheLabelTheIssueCarriesInstead() {
        LBL_002.given(SnapshotFixture.project().small()
                        .issue(i -> i.iid(95).title("LDAP report").labels("Workflow::Doing"))
                        .issue(i -> i.iid(96).title("Runner sizing"))
                        .issue(i -> i.iid(97).labels("PSD Workflow::Done")))
                .fails().on(issue(95), issue(96))
                .hasEvidenceOn(issue(95), COUNTED, "#95 'LDAP report' is open and carries no label starting with "
                        + "`labels.workflowPrefix` (PSD Workflow::)")
                .hasEvidenceOn(issue(95), NEAR_MISS, "It carries 'Workflow::Doing', which does not start with PSD Workflow::")
                .hasEvidenceOn(issue(96), COUNTED, "; it carries no label at all")
                .hasEvidence(COUNTED, "1 of 3 open work items on the workflow board; 2 without a workflow label");
    }
}
