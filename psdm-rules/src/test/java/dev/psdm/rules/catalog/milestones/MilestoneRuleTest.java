package dev.psdm.rules.catalog.milestones;

import dev.psdm.assertj.RuleVerifier;
import dev.psdm.assertj.SnapshotFixture;
import dev.psdm.engine.conventions.Conventions;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static dev.psdm.assertj.SubjectRef.project;

class MilestoneRuleTest {
    private static final RuleVerifier MS_001 = RuleVerifier.forRule("PSDM-MS-001");

    @Test
    void aMilestonePasses() {
        MS_001.given(SnapshotFixture.project().small()
                .milestone(1, "Phase 1 – Discovery", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 1))).passes();
    }

    @Test
    void noMilestoneFailsOnTheProject() {
        MS_001.given(SnapshotFixture.project().small()).fails().on(project())
                .withMessageContainingOn(project(), "track the project phases");
    }

    @Test
    void notApplicableWhenTheTeamTracksIterationsAsMilestones() {
        MS_001.withConventions(Conventions.defaults().withIterationsAsMilestones(true))
                .given(SnapshotFixture.project().small().iterationsAsMilestones())
                .isNotApplicable().withReasonContaining("iterationsAsMilestones");
    }
}
