package dev.psdm.rules.catalog.communication;

import dev.psdm.engine.conventions.EngineSettings;
import dev.psdm.rules.catalog.Fixtures;

import dev.psdm.assertj.RuleVerifier;
import dev.psdm.assertj.SnapshotFixture;
import dev.psdm.model.DataGap;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static dev.psdm.assertj.SubjectRef.project;

class CommunicationPlanRuleTest {
    private static final RuleVerifier COMM_001 = RuleVerifier.forRule("PSDM-COMM-001");

    @Test
    void issueTitledCommunicationPlanPasses() {
        COMM_001.given(SnapshotFixture.project().small().issue(i -> i.title("Communication Plan – Globex"))).passes();
    }

    @Test
    void wikiPagePasses() {
        COMM_001.given(SnapshotFixture.project().small().wikiPage("Communication plan", null)).passes();
    }

    @Test
    void noPlanFailsOnTheProject() {
        COMM_001.given(SnapshotFixture.project().small().issue(i -> i.title("Kickoff deck")))
                .fails().on(project()).withMessageContainingOn(project(), "No communication plan");
    }

    @Test
    void noPlanAmongIssuesAndUnreadableWikiIsNotEvaluated() {
        COMM_001.given(SnapshotFixture.project().small().gap(DataGap.WIKI, "404 wiki disabled"))
                .isNotEvaluated().withReasonContaining("404 wiki disabled");
    }

    @Test
    void teamsOwnTitleCounts() {
        var fixture = SnapshotFixture.project().small().wikiPage("Engagement charter", "cadence: ...");
        COMM_001.given(fixture).fails();
        COMM_001.withConventions(Fixtures.conventions(c -> c.set(EngineSettings.COMMUNICATION_PLAN_TITLE, Pattern.compile("(?i)engagement charter"))))
                .given(fixture).passes();
    }
}
