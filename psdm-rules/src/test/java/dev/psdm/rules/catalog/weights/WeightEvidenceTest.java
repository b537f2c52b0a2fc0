package dev.psdm.rules.catalog.weights;

import dev.psdm.assertj.RuleVerifier;
import dev.psdm.assertj.SnapshotFixture;
import dev.psdm.rules.catalog.Fixtures;
import org.junit.jupiter.api.Test;

import static dev.psdm.assertj.SubjectRef.issue;
import static dev.psdm.report.EvidenceItem.Kind.COUNTED;
import static dev.psdm.report.EvidenceItem.Kind.NOT_COUNTED;
import static dev.psdm.report.EvidenceItem.Kind.SATISFIED;

/**
 * The weight rules say why (issue 29): per current or upcoming iteration how many open work items are weighted,
 * each unweighted one (PSDM-WGT-001); each issue over {@code thresholds.maxWeight} and, when none is, the heaviest
 * (PSDM-WGT-002); the data gap of a GitLab that sends no weights. Neither rule can be NOT_APPLICABLE: both apply to
 * every project size and have no "not applicable" part (a project without planned or weighted issues passes, and
 * its evidence says there was nothing to judge). As of 2026-03-20 the large fixture's Iteration 5 is current.
 */
class WeightEvidenceTest {
    private static final RuleVerifier WGT_001 = RuleVerifier.forRule("PSDM-WGT-001");
    private static final RuleVerifier WGT_002 = RuleVerifier.forRule("PSDM-WGT-002");

    @Test
    void aPassCountsTheWeightedWorkOfEachOpenIterationAndWhatWasNotWork() {
        WGT_001.given(SnapshotFixture.project().large()
                        .issue(i -> i.iid(10).inIteration(5).weight(3))
                        .issue(i -> i.iid(11).inIteration(6).weight(1))
                        .issue(i -> i.iid(12).inIteration(6).weight(2))
                        .issue(i -> i.iid(13).inIteration(2).unweighted())
                        .issue(i -> i.iid(31).raid().inIteration(6).unweighted().updatedDaysAgo(1)))
                .passes()
                .hasEvidence(SATISFIED, "Iteration 5 (2026-03-16 – 2026-03-29), current: its open work item is weighted")
                .hasEvidence(SATISFIED, "Iteration 6 (2026-03-30 – 2026-04-12), upcoming: all 2 open work items are weighted")
                .hasEvidence(NOT_COUNTED, "Iteration 6 (2026-03-30 – 2026-04-12), upcoming: 1 record (ceremonies, RAID items, "
                        + "types `workItems.types` leaves out): not work to estimate")
                .lookedAtContaining("open issues planned in the current or an upcoming iteration")
                .usedSetting("workItems.types", "['issue']");
    }

    @Test
    void aFailNamesEachUnweightedIssueAndItsIteration() {
        WGT_001.given(SnapshotFixture.project().large()
                        .issue(i -> i.iid(10).title("Migrate wave 10").inIteration(5).unweighted())
                        .issue(i -> i.iid(12).inIteration(5).weight(2)))
                .fails().on(issue(10))
                .hasEvidenceOn(issue(10), COUNTED, "#10 'Migrate wave 10' is planned in Iteration 5 (2026-03-16 – 2026-03-29), "
                        + "current, and has no weight")
                .hasEvidence(COUNTED, "Iteration 5 (2026-03-16 – 2026-03-29), current: 1 of 2 open work items without a weight");
    }

    @Test
    void theSplitPassNamesTheHeaviestIssueAndTheLimit() {
        WGT_002.given(SnapshotFixture.project().small()
                        .issue(i -> i.iid(1).title("Runner fleet").weight(3))
                        .issue(i -> i.iid(2).unweighted())
                        .issue(i -> i.iid(3).weight(1))
                        .issue(i -> i.iid(4).weight(8).closed()))
                .passes()
                .hasEvidence(SATISFIED, "2 open issues carry a weight; the heaviest, #1 'Runner fleet', weighs 3 "
                        + "(at most 3, `thresholds.maxWeight`)")
                .hasEvidence(NOT_COUNTED, "1 open issue without a weight")
                .usedSetting("thresholds.maxWeight", "3");
    }

    @Test
    void theSplitFailSaysHowFarOverTheLimitEachIssueIs() {
        WGT_002.withConventions(Fixtures.conventions(c -> c.set(WeightSettings.MAX_WEIGHT, 5)))
                .given(SnapshotFixture.project().small()
                        .issue(i -> i.iid(1).weight(5))
                        .issue(i -> i.iid(2).title("Wave 11").weight(8)))
                .fails().on(issue(2))
                .hasEvidenceOn(issue(2), COUNTED, "#2 'Wave 11' weighs 8, 3 over the limit (at most 5, `thresholds.maxWeight`)")
                .hasEvidence(COUNTED, "1 of 2 weighted open issues weighs more than 5")
                .usedSetting("thresholds.maxWeight", "5");
    }
}
