package dev.psdm.rules.catalog.raid;

import dev.psdm.engine.conventions.EngineSettings;
import dev.psdm.rules.catalog.Fixtures;

import dev.psdm.assertj.RuleVerifier;
import dev.psdm.assertj.SnapshotFixture;
import dev.psdm.report.Severity;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static dev.psdm.assertj.SubjectRef.issue;
import static dev.psdm.assertj.SubjectRef.project;

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
                .withMessageContainingOn(issue(12), "RAID item #12 'Vendor API access' last updated 15 days ago (limit 14)");
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

    /**
     * Issue 31 item 7: GitLab's own health status (doc/api/issues.md, "List project issues": Ultimate sends
     * {@code health_status}) escalates a RAID item like a priority label; unknown health leaves the labels to decide.
     */
    @Test
    void aRaidItemGitLabMarksAtRiskOrNeedingAttentionHasTheHighPriorityLimit() {
        RAID_002.given(SnapshotFixture.project().small()
                        .issue(i -> i.iid(30).title("Cut-over window").raid().healthStatus("at_risk").updatedDaysAgo(9))
                        .issue(i -> i.iid(31).raid().healthStatus("needs_attention").updatedDaysAgo(8))
                        .issue(i -> i.iid(32).raid().healthStatus("on_track").updatedDaysAgo(9))
                        .issue(i -> i.iid(33).raid().updatedDaysAgo(9))
                        .issue(i -> i.iid(34).raid().healthStatus("at_risk").updatedDaysAgo(7)))
                .fails().on(issue(30), issue(31))
                .withSeverity(Severity.ERROR)
                .withMessageContainingOn(issue(30), "High-priority RAID item #30 'Cut-over window' last updated 9 days ago (limit 7;"
                        + " GitLab's health status: at risk)");
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
                .withMessageContainingOn(issue(7), "15 days ago");
    }

    @Test
    void anItemUpdatedAfterTheAsOfInstantDoesNotHideACertainlyStaleOne() {
        // issue 22 item 3: #8 cannot be judged (updated after the as-of instant), #9 is 17 days stale whatever #8 was
        RAID_002.given(SnapshotFixture.project().small()
                        .issue(i -> i.iid(8).raid().updatedDaysAgo(-2))
                        .issue(i -> i.iid(9).raid().updatedDaysAgo(17)))
                .fails().on(issue(9))
                .withMessageContainingOn(issue(9), "17 days ago")
                .withReasonContaining("not decided: RAID item #8 was last updated after the as-of date");
    }

    @Test
    void onlyItemsUpdatedAfterTheAsOfInstantAreNotEvaluated() {
        RAID_002.given(SnapshotFixture.project().small()
                        .issue(i -> i.iid(8).raid().updatedDaysAgo(-2))
                        .issue(i -> i.iid(10).raid().updatedDaysAgo(-1))
                        .issue(i -> i.iid(9).raid().updatedDaysAgo(3)))
                .isNotEvaluated()
                .withReasonContaining("RAID item #10 was last updated after the as-of date")
                .withReasonContaining("RAID item #8 was last updated after the as-of date");
    }

    @Test
    void projectWithoutOpenRaidItemsIsNotApplicable() {
        RAID_002.given(SnapshotFixture.project().small().issue(i -> i.title("Work")))
                .isNotApplicable()
                .withReasonContaining("PSDM-RAID-001");
    }

    @Nested
    class TrackingExists {
        private final RuleVerifier raid001 = RuleVerifier.forRule("PSDM-RAID-001");

        @Test
        void anIssueCarryingTheRaidLabelPasses() {
            raid001.given(SnapshotFixture.project().small().issue(i -> i.raid().closed())).passes();
        }

        @Test
        void noRaidLabelAtAllFailsOnTheProject() {
            raid001.given(SnapshotFixture.project().small().issue(i -> i.title("Work")))
                    .fails().on(project())
                    .withMessageContainingOn(project(), "No issue carries a RAID label (PS RAID Log, PS Risk) and the project defines none");
        }

        @Test
        void aDefinedLabelNobodyUsesStillFails() {
            raid001.given(SnapshotFixture.project().small().labels("PS RAID Log"))
                    .fails().on(project()).withMessageContainingOn(project(), "the label exists");
        }

        @Test
        void aTeamsOwnRaidLabelCounts() {
            var fixture = SnapshotFixture.project().small().issue(i -> i.labels("Risk"));
            raid001.given(fixture).fails().on(project());
            raid001.withConventions(Fixtures.conventions(c -> c.set(EngineSettings.RAID_LABELS, List.of("Risk")))).given(fixture).passes();
        }
    }

    @Nested
    class Owners {
        private final RuleVerifier raid003 = RuleVerifier.forRule("PSDM-RAID-003");

        @Test
        void assignedOpenRaidItemsPass() {
            raid003.given(SnapshotFixture.project().small().issue(i -> i.raid().assignees("jdoe"))).passes();
        }

        @Test
        void openUnassignedRaidItemFailsClosedOneDoesNot() {
            raid003.given(SnapshotFixture.project().small()
                            .issue(i -> i.iid(3).raid().unassigned())
                            .issue(i -> i.iid(4).raid().unassigned().closed())
                            .issue(i -> i.iid(5).raid()))
                    .fails().on(issue(3))
                    .withMessageContainingOn(issue(3), "has no assignee");
        }

        @Test
        void notApplicableWithoutOpenRaidItems() {
            raid003.given(SnapshotFixture.project().small().issue(i -> i.raid().closed())).isNotApplicable();
        }

        @Test
        void aTeamsOwnRaidLabelMakesTheItem() {
            raid003.withConventions(Fixtures.conventions(c -> c.set(EngineSettings.RAID_LABELS, List.of("Risk"))))
                    .given(SnapshotFixture.project().small()
                            .issue(i -> i.iid(7).labels("Risk").unassigned())
                            .issue(i -> i.iid(8).raid().unassigned()))
                    .fails().on(issue(7));
        }
    }
}
