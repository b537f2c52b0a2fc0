package dev.psdm.rules.catalog.milestones;

import dev.psdm.assertj.RuleVerifier;
import dev.psdm.assertj.SnapshotFixture;
import dev.psdm.engine.conventions.Conventions;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static dev.psdm.assertj.SubjectRef.project;
import static dev.psdm.report.EvidenceItem.Kind.NOT_COUNTED;
import static dev.psdm.report.EvidenceItem.Kind.SATISFIED;
import static dev.psdm.report.EvidenceItem.Kind.SIZE;

/**
 * PSDM-MS-001 says why (issue 29): the milestones that track the phases, with dates and state; that none was read;
 * that the team's milestones are its iterations (NOT_APPLICABLE, besides the size every such result names); the
 * data gap is RequiredDataContractTest's.
 */
class MilestoneEvidenceTest {
    private static final RuleVerifier MS_001 = RuleVerifier.forRule("PSDM-MS-001");

    @Test
    void aPassNamesEachMilestoneWithItsDates() {
        MS_001.given(SnapshotFixture.project().small()
                        .milestone(2, "Phase 2 – Migration", LocalDate.of(2026, 2, 2), LocalDate.of(2026, 4, 1))
                        .milestone(1, "Phase 1 – Discovery", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 1)))
                .passes()
                .hasEvidence(SATISFIED, "Milestone 'Phase 1 – Discovery' (2026-01-05 – 2026-02-01), active")
                .hasEvidence(SATISFIED, "Milestone 'Phase 2 – Migration' (2026-02-02 – 2026-04-01), active")
                .lookedAtContaining("milestones, read as project phases")
                .usedSetting("iterationsAsMilestones", "false");
    }

    @Test
    void aFailSaysNoMilestoneWasRead() {
        MS_001.given(SnapshotFixture.project().small()).fails().on(project())
                .hasEvidenceOn(project(), NOT_COUNTED, "No milestone in the snapshot: no phase is tracked")
                .lookedAtContaining("0 milestones in the snapshot");
    }

    @Test
    void notApplicableSaysTheMilestonesAreTheIterations() {
        MS_001.withConventions(Conventions.defaults().withIterationsAsMilestones(true))
                .given(SnapshotFixture.project().small().iterationsAsMilestones())
                .isNotApplicable()
                .hasEvidence(NOT_COUNTED, "`iterationsAsMilestones` is true: the 4 milestones in the snapshot are the "
                        + "team's iterations, not project phases")
                .hasEvidence(SIZE, "Project size SMALL")
                .usedSetting("iterationsAsMilestones", "true");
    }
}
