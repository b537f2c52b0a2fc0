package dev.psdm.rules.catalog;

import dev.psdm.assertj.RuleVerifier;
import dev.psdm.assertj.SnapshotFixture;
import dev.psdm.model.DataGap;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static dev.psdm.assertj.SnapshotFixture.twoWeeks;
import static dev.psdm.assertj.SubjectRef.project;

class IterationZeroRuleTest {
    private static final RuleVerifier IT0_001 = RuleVerifier.forRule("PSDM-IT0-001");

    @Test
    void iterationTitledIterationZeroPasses() {
        IT0_001.given(SnapshotFixture.project().iterationZero().iterations(3, twoWeeks())).passes();
    }

    @Test
    void sprintZeroKickoffAndDiscoveryTitlesCountAsIterationZero() {
        for (String title : new String[]{"Sprint 0", "Kickoff", "Kick-off & discovery", "Discovery"}) {
            IT0_001.given(SnapshotFixture.project().iterationZero(title).iterations(3, twoWeeks())).passes();
        }
    }

    @Test
    void untitledFirstIterationHoldingTheKickoffIssueIsIterationZero() {
        IT0_001.given(SnapshotFixture.project().untitledIterations(4, twoWeeks())
                        .issue(i -> i.title("Customer kickoff").inIteration(1)))
                .passes();
    }

    @Test
    void planStartingWithADeliveryIterationFailsOnTheProject() {
        IT0_001.given(SnapshotFixture.project().iterations(4, twoWeeks()))
                .fails().on(project())
                .withMessageOn(project(), "the plan starts with delivery iteration 'Iteration 1'");
    }

    @Test
    void iterationZeroThatStartsAfterDeliveryBeganDoesNotCount() {
        IT0_001.given(SnapshotFixture.project().iterations(2, twoWeeks())
                        .iteration("Iteration 0", LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 15)))
                .fails().on(project());
    }

    @Test
    void kickoffIssueOutsideTheFirstIterationDoesNotMakeItIterationZero() {
        IT0_001.given(SnapshotFixture.project().iterations(3, twoWeeks())
                        .issue(i -> i.title("Customer kickoff").inIteration(2)))
                .fails().on(project());
    }

    @Test
    void projectWithoutIterationsFails() {
        IT0_001.given(SnapshotFixture.project().issue(i -> i.title("Kickoff")))
                .fails().on(project())
                .withMessageOn(project(), "the project has no iterations");
    }

    @Test
    void unreadableIterationsAreNotEvaluated() {
        IT0_001.given(SnapshotFixture.project().gap(DataGap.ITERATIONS, "403 Forbidden"))
                .isNotEvaluated()
                .withReasonContaining("403 Forbidden");
    }
}
