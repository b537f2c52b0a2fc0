package dev.psdm.rules.catalog.retrospectives;

import dev.psdm.engine.conventions.EngineSettings;
import dev.psdm.rules.catalog.Fixtures;

import dev.psdm.assertj.RuleVerifier;
import dev.psdm.model.DataGap;
import dev.psdm.engine.conventions.RetrospectiveLocation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.psdm.assertj.SubjectRef.activity;
import static dev.psdm.rules.catalog.Fixtures.small;

class RetrospectiveRuleTest {
    private static final RuleVerifier RET_001 = RuleVerifier.forRule("PSDM-RET-001");

    @Test
    void issueTitledInternalRetrospectivePasses() {
        RET_001.given(small().issue(i -> i.title("Internal retrospective – Iteration 2").closed())).passes();
    }

    @Test
    void internalRetroLabelPassesWhateverTheTitle() {
        RET_001.given(small().issue(i -> i.title("Lessons learned").labels("PS Internal Retro"))).passes();
    }

    @Test
    void wikiPageCounts() {
        RET_001.given(small().wikiPage("Internal retro notes", null)).passes();
    }

    @Test
    void customerRetrospectivesAloneFail() {
        RET_001.given(small().issue(i -> i.title("Iteration 2 retrospective")))
                .fails().on(activity("internal retrospective"))
                .withMessageContainingOn(activity("internal retrospective"), "labelled PS Internal Retro");
    }

    @Test
    void retrospectivesKeptInTheInternalProjectAreNotEvaluated() {
        RET_001.withConventions(Fixtures.conventions(c -> c.set(EngineSettings.INTERNAL_RETROSPECTIVE_LOCATION, RetrospectiveLocation.INTERNAL_PROJECT)))
                .given(small())
                .isNotEvaluated().withReasonContaining("internal PS plan project");
    }

    @Test
    void noRecordAndUnreadableWikiIsNotEvaluated() {
        RET_001.given(small().gap(DataGap.WIKI, "wiki disabled")).isNotEvaluated();
    }

    @Test
    void teamsOwnLabelCounts() {
        var fixture = small().issue(i -> i.title("Team health check").labels("Team retro"));
        RET_001.given(fixture).fails();
        RET_001.withConventions(Fixtures.conventions(c -> c.set(EngineSettings.INTERNAL_RETROSPECTIVE_LABELS, List.of("Team retro"))))
                .given(fixture).passes();
    }
}
