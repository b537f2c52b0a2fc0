package dev.psdm.rules.catalog.ssot;

import dev.psdm.rules.catalog.Fixtures;

import dev.psdm.assertj.RuleVerifier;
import dev.psdm.assertj.SnapshotFixture;
import dev.psdm.model.DataGap;
import dev.psdm.report.Finding;
import dev.psdm.report.Severity;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static dev.psdm.assertj.SubjectRef.project;
import static org.assertj.core.api.Assertions.assertThat;

class SsotRuleTest {
    private static final RuleVerifier SSOT_001 = RuleVerifier.forRule("PSDM-SSOT-001");

    private static SnapshotFixture managedInGitLab() {
        return SnapshotFixture.project().small().board("Delivery board", "PSD Workflow::To Do").issue(i -> i.title("Work"));
    }

    @Test
    void iterationsIssuesAndABoardPass() {
        SSOT_001.given(managedInGitLab()).passes();
    }

    @Test
    void milestonesInsteadOfIterationsPass() {
        SSOT_001.given(SnapshotFixture.project().milestone(1, "Phase 1", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 1))
                .board("Delivery board").issue(i -> i.title("Work"))).passes();
    }

    @Test
    void emptyProjectFailsOnceForEachMissingPart() {
        SSOT_001.given(SnapshotFixture.project()).fails().on(project());
        var result = SSOT_001.given(SnapshotFixture.project()).result();
        assertThat(result.findings()).extracting(Finding::message).containsExactlyInAnyOrder(
                "No iterations and no milestones: plan the project in GitLab (iterations for the schedule, milestones "
                        + "for the phases) so that GitLab is the single source of truth.",
                "No issues: track the project's work as issues in the collaboration project.",
                "No issue board: create the delivery board with the PSD Workflow lists.");
    }

    @Test
    void projectWithoutBoardFails() {
        SSOT_001.given(SnapshotFixture.project().small().issue(i -> i.title("Work")))
                .fails().on(project()).withMessageContainingOn(project(), "No issue board");
    }

    @Test
    void unreadableIterationsWithoutMilestonesAreNotEvaluated() {
        SSOT_001.given(SnapshotFixture.project().board("b").issue(i -> i.title("Work"))
                        .gap(DataGap.ITERATIONS, "iterations need GitLab Premium"))
                .isNotEvaluated().withReasonContaining("iterations need GitLab Premium");
    }

    @Test
    void unreadablePlanDoesNotHideAMissingBoard() {
        // issue 22 item 3: whatever the iterations hold, the project certainly has no board
        SSOT_001.given(SnapshotFixture.project().issue(i -> i.title("Work"))
                        .gap(DataGap.ITERATIONS, "iterations need GitLab Premium"))
                .fails().on(project())
                .withMessageContainingOn(project(), "No issue board")
                .withReasonContaining("not decided: no iterations or milestones in the snapshot");
        assertThat(SSOT_001.given(SnapshotFixture.project().issue(i -> i.title("Work"))
                .gap(DataGap.ITERATIONS, "iterations need GitLab Premium")).result().findings()).hasSize(1);
    }

    @Test
    void teamCanLowerTheSeverity() {
        SSOT_001.withConventions(Fixtures.severity("PSDM-SSOT-001", Severity.WARNING))
                .given(SnapshotFixture.project().small().issue(i -> i.title("Work")))
                .fails().withSeverity(Severity.WARNING);
    }
}
