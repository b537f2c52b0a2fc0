package dev.psdm.rules.catalog.ceremonies;

import dev.psdm.assertj.RuleVerifier;
import dev.psdm.assertj.SnapshotFixture;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static dev.psdm.assertj.SubjectRef.iteration;
import static dev.psdm.assertj.SubjectRef.project;
import static dev.psdm.assertj.SubjectRef.week;
import static dev.psdm.engine.facts.CeremonyKind.PLANNING;
import static dev.psdm.engine.facts.CeremonyKind.RETROSPECTIVE;
import static dev.psdm.engine.facts.CeremonyKind.REVIEW;
import static dev.psdm.report.EvidenceItem.Kind.NEAR_MISS;
import static dev.psdm.report.EvidenceItem.Kind.NOT_COUNTED;
import static dev.psdm.report.EvidenceItem.Kind.SATISFIED;
import static dev.psdm.report.EvidenceItem.Kind.SIZE;
import static dev.psdm.rules.catalog.Fixtures.large;

/**
 * The ceremony rules say why (issue 29): the record that satisfied each iteration, the near miss of a
 * failing one with its window and setting key, the size of a project they do not apply to
 * (the data gap: RequiredDataContractTest).
 * Fixture as in {@link CeremonyRulesTest}: Iteration 4 runs 2026-03-02 – 2026-03-15.
 */
class CeremonyEvidenceTest {
    private final RuleVerifier cer001 = RuleVerifier.forRule("PSDM-CER-001");

    @Test
    void aPassNamesTheRecordThatSatisfiedEachIteration() {
        cer001.given(large().ceremoniesInEveryIteration(PLANNING)).passes()
                .hasEvidence(SATISFIED, "Iteration 4 (2026-03-02 – 2026-03-15): iteration planning record #")
                .hasEvidence(SATISFIED, "'Iteration 4 planning', assigned to it (its title matches `ceremonies.titles.planning`)")
                .lookedAtContaining("iteration planning records in the snapshot")
                .usedSetting("thresholds.planningDaysBefore", "3")
                .usedSetting("ceremonies.labelPrefix", "'ceremony::'");
    }

    @Test
    void aFailNamesTheNearestCandidateTheWindowAndItsKey() {
        var base = large().ceremony(PLANNING, 1).ceremony(PLANNING, 2).ceremony(PLANNING, 3).ceremony(PLANNING, 5);
        cer001.given(base.issue(i -> i.title("Iteration 4 planning").due(LocalDate.of(2026, 2, 25))))
                .fails().on(iteration("Iteration 4"))
                .hasEvidenceOn(iteration("Iteration 4"), NEAR_MISS, "Iteration 4 (2026-03-02 – 2026-03-15): no iteration "
                        + "planning record; nearest candidate #")
                .hasEvidenceOn(iteration("Iteration 4"), NEAR_MISS, "'Iteration 4 planning' is dated 2026-02-25, 5 days "
                        + "before the start (window: 3 days, `thresholds.planningDaysBefore`)")
                // the iterations that passed stay evidence of the result
                .hasEvidence(SATISFIED, "Iteration 3 (2026-02-16 – 2026-03-01): iteration planning record");
    }

    @Test
    void aRecordDatedInsideTheWindowSaysWhereAndByWhichConvention() {
        var base = large().ceremony(PLANNING, 1).ceremony(PLANNING, 2).ceremony(PLANNING, 3).ceremony(PLANNING, 5);
        cer001.given(base.issue(i -> i.title("Kick-off of the sprint").labels("ceremony::planning")
                        .due(LocalDate.of(2026, 2, 28))))
                .passes()
                .hasEvidence(SATISFIED, "'Kick-off of the sprint', dated 2026-02-28, 2 days before the start "
                        + "(it carries the label ceremony::planning) (window: 3 days, `thresholds.planningDaysBefore`)");
    }

    @Test
    void notApplicableNamesTheDerivedSize() {
        cer001.given(SnapshotFixture.project().small()).isNotApplicable().hasEvidence(SIZE, "Project size SMALL");
    }

    @Test
    void aReviewMissingEverywhereSaysSo() {
        RuleVerifier.forRule("PSDM-CER-002").given(large().ceremony(REVIEW, 1).ceremony(REVIEW, 3))
                .fails().on(iteration("Iteration 2"), iteration("Iteration 4"))
                .hasEvidenceOn(iteration("Iteration 2"), NEAR_MISS, "Iteration 2 (2026-02-02 – 2026-02-15): no "
                        + "iteration review / status report record; nearest candidate #");
    }

    @Test
    void theStandupRuleListsTheCommunicationPlansItRead() {
        RuleVerifier.forRule("PSDM-CER-004")
                .given(large().issue(i -> i.title("Communication plan").description("Weekly status by e-mail")))
                .fails().on(project())
                .hasEvidenceOn(project(), NOT_COUNTED, "Communication plan #")
                .hasEvidenceOn(project(), NOT_COUNTED, "'Communication plan' does not mention a standup")
                .lookedAtContaining("0 daily standup records and 1 communication plan in the snapshot");
    }

    @Test
    void theRetrospectiveRuleExplainsEachRecentIteration() {
        RuleVerifier.forRule("PSDM-CER-005").given(large().ceremony(RETROSPECTIVE, 1).ceremony(RETROSPECTIVE, 2))
                .fails().on(project())
                .hasEvidenceOn(project(), NEAR_MISS, "Iteration 4 (2026-03-02 – 2026-03-15): no retrospective record; "
                        + "nearest candidate #")
                .usedSetting("thresholds.retrospectiveIterations", "2");
    }

    @Test
    void theWeeklyStatusRuleExplainsEachWeek() {
        var small = SnapshotFixture.project().small();
        RuleVerifier.forRule("PSDM-CER-006").given(small).fails()
                .hasEvidenceOn(week(LocalDate.of(2026, 1, 5)), NOT_COUNTED, "The week 2026-01-05 – 2026-01-11: no weekly "
                        + "status record anywhere in the snapshot");
    }
}
