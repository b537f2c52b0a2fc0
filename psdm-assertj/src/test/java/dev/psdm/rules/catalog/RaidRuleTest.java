package dev.psdm.rules.catalog;

import dev.psdm.assertj.RuleVerifier;
import dev.psdm.assertj.SnapshotFixture;
import dev.psdm.rules.report.Severity;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static dev.psdm.assertj.SubjectRef.issue;

class RaidRuleTest {
    private static final RuleVerifier RAID_002 = RuleVerifier.forRule("PSDM-RAID-002");

    @Test
    void raidItemUpdatedFourteenDaysAgoIsCurrent() {
        RAID_002.given(SnapshotFixture.project().small().issue(i -> i.iid(12).raid().updatedDaysAgo(14))).passes();
    }

    @Test
    void raidItemNotUpdatedForFifteenDaysFailsAsWarning() {
        RAID_002.given(SnapshotFixture.project().small()
                        .issue(i -> i.iid(12).title("Vendor API access").raid().updatedDaysAgo(15))
                        .issue(i -> i.iid(13).raid().updatedDaysAgo(2)))
                .fails().on(issue(12))
                .withSeverity(Severity.WARNING)
                .withMessageOn(issue(12), "RAID item #12 'Vendor API access' last updated 15 days ago (limit 14)");
    }

    @Test
    void staleHighPriorityRaidItemFailsAfterSevenDaysAsError() {
        RAID_002.given(SnapshotFixture.project().small()
                        .issue(i -> i.iid(20).raid().priorityHigh().updatedDaysAgo(8))
                        .issue(i -> i.iid(21).raid().priorityHigh().updatedDaysAgo(7))
                        .issue(i -> i.iid(22).raid().labels("Escalated").updatedDaysAgo(9))
                        .issue(i -> i.iid(23).raid().updatedDaysAgo(20)))
                .fails().on(issue(20), issue(22), issue(23))
                .withSeverity(Severity.ERROR)
                .withSeverityOn(issue(20), Severity.ERROR)
                .withSeverityOn(issue(23), Severity.WARNING);
    }

    @Test
    void psRiskLabelAlsoMakesARaidItem() {
        RAID_002.given(SnapshotFixture.project().small().issue(i -> i.iid(5).labels("PS Risk").updatedDaysAgo(30)))
                .fails().on(issue(5));
    }

    @Test
    void closedRaidItemsAreNotChecked() {
        RAID_002.given(SnapshotFixture.project().small()
                        .issue(i -> i.iid(1).raid().closed().updatedDaysAgo(60))
                        .issue(i -> i.iid(2).raid().updatedDaysAgo(1)))
                .passes();
    }

    @Test
    void movingAsOfForwardMakesAnItemStale() {
        var fixture = SnapshotFixture.project().small().asOf(Instant.parse("2026-03-20T12:00:00Z"))
                .issue(i -> i.iid(7).raid().updatedDaysAgo(10));
        RAID_002.given(fixture).passes();
        RAID_002.given(fixture).asOf(Instant.parse("2026-03-25T12:00:00Z")).fails().on(issue(7))
                .withMessageOn(issue(7), "15 days ago");
    }

    @Test
    void projectWithoutOpenRaidItemsIsNotApplicable() {
        RAID_002.given(SnapshotFixture.project().small().issue(i -> i.title("Work")))
                .isNotApplicable()
                .withReasonContaining("PSDM-RAID-001");
    }
}
