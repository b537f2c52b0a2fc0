package dev.psdm.rules.catalog.labels;

import dev.psdm.rules.catalog.Fixtures;

import dev.psdm.assertj.RuleVerifier;
import dev.psdm.assertj.SnapshotFixture;
import dev.psdm.engine.facts.CeremonyKind;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static dev.psdm.assertj.SubjectRef.issue;
import static dev.psdm.assertj.SubjectRef.label;

class LabelRulesTest {

    @Nested
    class CpLabels {
        private final RuleVerifier lbl001 = RuleVerifier.forRule("PSDM-LBL-001");

        @Test
        void sowPmAndWorkflowLabelsPass() {
            lbl001.given(SnapshotFixture.project().small().labels("SOW-1234", "PM::Jane Doe", "PSD Workflow::To Do"))
                    .passes();
        }

        @Test
        void poNumberAndLabelsCarriedByIssuesCount() {
            lbl001.given(SnapshotFixture.project().small()
                    .issue(i -> i.labels("PO#98765", "PM: Sam Lee", "psd workflow::doing"))).passes();
        }

        @Test
        void eachMissingCpLabelIsAFinding() {
            lbl001.given(SnapshotFixture.project().small().labels("PSD Workflow::Done", "SOW without number"))
                    .fails().on(label("SOW-# or PO#"), label("PM name"))
                    .withMessageContainingOn(label("PM name"), "helps the GitLab team sort by PM name");
        }

        /**
         * doc/api/labels.md: from 18.3 a label can be archived ({@code "archived": true}); it stays on the
         * issues that carry it but is no longer offered. An archived SOW or workflow label is not the CP
         * automation's label in use (issue 31 item 6).
         */
        @Test
        void archivedLabelsDoNotCountEvenWhereIssuesStillCarryThem() {
            lbl001.given(SnapshotFixture.project().small().labels("PM::Jane Doe")
                            .archivedLabels("SOW-1234", "PSD Workflow::To Do")
                            .issue(i -> i.labels("SOW-1234", "PSD Workflow::To Do")))
                    .fails().on(label("SOW-# or PO#"), label("PSD Workflow::*"));
        }

        @Test
        void renamedLabelsChangeWhatCounts() {
            var fixture = SnapshotFixture.project().small().labels("Contract-77", "PM::Jane Doe", "Flow::Doing");
            lbl001.given(fixture).fails().on(label("SOW-# or PO#"), label("PSD Workflow::*"));
            lbl001.withConventions(Fixtures.conventions(c -> c.set(LabelSettings.SOW, Pattern.compile("(?i)^contract-\\d+"))
                            .set(LabelSettings.WORKFLOW_PREFIX, "Flow::")))
                    .given(fixture).passes();
        }
    }

    @Nested
    class WorkflowBoard {
        private final RuleVerifier lbl002 = RuleVerifier.forRule("PSDM-LBL-002");

        @Test
        void openIssuesWithAWorkflowLabelPass() {
            lbl002.given(SnapshotFixture.project().small().issue(i -> i.labels("PSD Workflow::In Progress"))).passes();
        }

        @Test
        void openWorkItemWithoutWorkflowLabelFails() {
            lbl002.given(SnapshotFixture.project().small()
                            .issue(i -> i.iid(1).labels("SOW-1234"))
                            .issue(i -> i.iid(2).closed())
                            .issue(i -> i.iid(3).labels("PSD Workflow::To Do")))
                    .fails().on(issue(1))
                    .withMessageContainingOn(issue(1), "has no PSD Workflow:: label");
        }

        @Test
        void recordsAreNotWorkItems() {
            lbl002.given(SnapshotFixture.project().large()
                    .ceremony(CeremonyKind.PLANNING, 6)
                    .issue(i -> i.title("Iteration 7 planning"))
                    .issue(i -> i.raid())
                    .issue(i -> i.title("Communication plan"))
                    .issue(i -> i.title("Internal retrospective notes"))).passes();
        }

        @Test
        void teamsOwnWorkflowPrefix() {
            var fixture = SnapshotFixture.project().small().issue(i -> i.iid(1).labels("Flow::Doing"));
            lbl002.given(fixture).fails().on(issue(1));
            lbl002.withConventions(Fixtures.conventions(c -> c.set(LabelSettings.WORKFLOW_PREFIX, "Flow::"))).given(fixture).passes();
        }
    }

    @Test
    void tasksAreNeverOnBoardsSoLbl002DoesNotJudgeThem() {
        RuleVerifier.forRule("PSDM-LBL-002").given(SnapshotFixture.project().small()
                        .issue(i -> i.labels("PSD Workflow::Doing"))
                        .issue(i -> i.iid(8).type("task")))
                .passes();
    }
}
