package dev.psdm.rules.catalog.epics;

import dev.psdm.engine.conventions.EngineSettings;
import dev.psdm.rules.catalog.Fixtures;

import dev.psdm.assertj.RuleVerifier;
import dev.psdm.assertj.SnapshotFixture;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.psdm.assertj.SubjectRef.issue;

class EpicRuleTest {
    private static final RuleVerifier EPIC_001 = RuleVerifier.forRule("PSDM-EPIC-001");

    /** The small project with one epic, &1 'Workstream: CI/CD' (EpicEvidenceTest's too). */
    static SnapshotFixture small() {
        return SnapshotFixture.project().small().epic(1, "Workstream: CI/CD");
    }

    @Test
    void openWorkItemsInAnEpicPass() {
        EPIC_001.given(small().issue(i -> i.epic(1)).issue(i -> i.raid()).issue(i -> i.closed())).passes();
    }

    @Test
    void openWorkItemOutsideEveryEpicFails() {
        EPIC_001.given(small().issue(i -> i.iid(4).epic(1)).issue(i -> i.iid(5).title("Ad-hoc request")))
                .fails().on(issue(5))
                .withMessageContainingOn(issue(5), "belongs to no epic");
    }

    @Test
    void whatTheConventionsCallARaidItemIsNoWorkItem() {
        var fixture = small().issue(i -> i.iid(6).labels("Risk"));
        EPIC_001.given(fixture).fails().on(issue(6));
        EPIC_001.withConventions(Fixtures.conventions(c -> c.set(EngineSettings.RAID_LABELS, List.of("Risk")))).given(fixture).passes();
    }

    @Test
    void anIssueKnownByItsEpicsIdAloneIsInAnEpic() {
        EPIC_001.given(small().issue(i -> i.iid(6).epicById(9001))).passes();
    }

    @Test
    void tasksInheritTheirParentsEpicAndAreNotJudged() {
        EPIC_001.given(small().issue(i -> i.iid(7).type("task"))).passes();
    }
}
