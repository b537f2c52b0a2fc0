package dev.psdm.rules.catalog.raid;

import dev.psdm.assertj.RuleVerifier;
import dev.psdm.assertj.SnapshotFixture;
import org.junit.jupiter.api.Test;

import static dev.psdm.assertj.SubjectRef.issue;
import static dev.psdm.assertj.SubjectRef.project;
import static dev.psdm.report.EvidenceItem.Kind.COUNTED;
import static dev.psdm.report.EvidenceItem.Kind.NOT_COUNTED;
import static dev.psdm.report.EvidenceItem.Kind.SATISFIED;

/** The RAID rules say why (issue 29): each item's days against its limit and key, its owner, the labels sought. */
class RaidEvidenceTest {
    private static final RuleVerifier RAID_001 = RuleVerifier.forRule("PSDM-RAID-001");
    private static final RuleVerifier RAID_002 = RuleVerifier.forRule("PSDM-RAID-002");
    private static final RuleVerifier RAID_003 = RuleVerifier.forRule("PSDM-RAID-003");

    @Test
    void aPassNamesEachFreshItemWithItsLimitAndKey() {
        RAID_002.given(SnapshotFixture.project().small().issue(i -> i.iid(12).title("Vendor API access").raid().updatedDaysAgo(14)))
                .passes()
                .hasEvidence(SATISFIED, "RAID item #12 'Vendor API access' updated 14 days before the as-of date "
                        + "(limit 14 days, `thresholds.raidStaleDays`)")
                .usedSetting("thresholds.raidStaleDays", "14");
    }

    @Test
    void aFailSaysHowFarOverItsLimitTheItemIs() {
        RAID_002.given(SnapshotFixture.project().small()
                        .issue(i -> i.iid(20).title("Escalation").raid().priorityHigh().updatedDaysAgo(10))
                        .issue(i -> i.iid(13).raid().updatedDaysAgo(2)))
                .fails().on(issue(20))
                .hasEvidenceOn(issue(20), COUNTED, "High-priority RAID item #20 'Escalation' last updated 10 days before the "
                        + "as-of date: 3 days over (limit 7 days, `thresholds.raidHighPriorityStaleDays`, high priority")
                .hasEvidence(SATISFIED, "RAID item #13");
    }

    @Test
    void notApplicableWithoutOpenItemsNamesTheSize() {
        RAID_002.given(SnapshotFixture.project().small()).isNotApplicable()
                .hasEvidence(dev.psdm.report.EvidenceItem.Kind.SIZE, "Project size SMALL");
    }

    @Test
    void theOwnerRuleCountsTheUnassignedItem() {
        RAID_003.given(SnapshotFixture.project().small()
                        .issue(i -> i.iid(30).title("Licence risk").raid().assignees())
                        .issue(i -> i.iid(31).raid()))
                .fails().on(issue(30))
                .hasEvidenceOn(issue(30), COUNTED, "RAID item #30 'Licence risk' has no assignee")
                .hasEvidence(SATISFIED, "RAID item #31")
                .hasEvidence(SATISFIED, "has 1 assignee");
    }

    @Test
    void theLogRuleNamesTheLabelsItSought() {
        RAID_001.given(SnapshotFixture.project().small()).fails().on(project())
                .hasEvidenceOn(project(), NOT_COUNTED, "no issue carries one of the labels PS RAID Log, PS Risk")
                .lookedAtContaining("`labels.raid`: PS RAID Log, PS Risk");
    }
}
