package dev.psdm.rules.catalog.retrospectives;

import dev.psdm.assertj.RuleVerifier;
import dev.psdm.assertj.SnapshotFixture;
import dev.psdm.engine.conventions.EngineSettings;
import dev.psdm.engine.conventions.RetrospectiveLocation;
import dev.psdm.model.DataGap;
import dev.psdm.rules.catalog.Fixtures;
import org.junit.jupiter.api.Test;

import static dev.psdm.assertj.SubjectRef.activity;
import static dev.psdm.report.EvidenceItem.Kind.COUNTED;
import static dev.psdm.report.EvidenceItem.Kind.DATA_GAP;
import static dev.psdm.report.EvidenceItem.Kind.NEAR_MISS;
import static dev.psdm.report.EvidenceItem.Kind.SATISFIED;

/**
 * PSDM-RET-001 says why (issue 29): the internal retrospective record and the convention that made it one (title
 * or label, with its {@code .psdm.yml} key), or the conventions sought and the customer-facing retrospectives that
 * nearly counted; the data gap (an unread wiki) or the convention that puts the record out of reach. It cannot be
 * NOT_APPLICABLE: internal retrospectives are tracked on every project size.
 */
class RetrospectiveEvidenceTest {
    private static final RuleVerifier RET_001 = RuleVerifier.forRule("PSDM-RET-001");
    private static final String INTERNAL = "internal retrospective";

    @Test
    void aPassNamesTheRecordAndTheConventionThatMadeItOne() {
        RET_001.given(SnapshotFixture.project().small().issue(i -> i.iid(57).title("Internal retrospective – Iteration 2")))
                .passes()
                .hasEvidence(SATISFIED, "Issue #57 'Internal retrospective – Iteration 2': its title matches "
                        + "`internalRetrospectives.title`");
        RET_001.given(SnapshotFixture.project().small().issue(i -> i.iid(58).title("Lessons learned").labels("PS Internal Retro")))
                .passes()
                .hasEvidence(SATISFIED, "Issue #58 'Lessons learned': it carries a label of `internalRetrospectives.labels` "
                        + "(PS Internal Retro)");
    }

    @Test
    void aFailNamesTheCustomerRetrospectivesThatNearlyCounted() {
        RET_001.given(SnapshotFixture.project().small().issue(i -> i.iid(56).title("Iteration 2 retrospective")))
                .fails().on(activity(INTERNAL))
                .hasEvidenceOn(activity(INTERNAL), COUNTED, "No issue or wiki page titled like `internalRetrospectives.title`")
                .hasEvidenceOn(activity(INTERNAL), NEAR_MISS, "#56 'Iteration 2 retrospective' is a retrospective record, "
                        + "but not an internal one: neither its title nor its labels match the conventions above")
                .lookedAtContaining("issues labelled `internalRetrospectives.labels` (PS Internal Retro)");
    }

    @Test
    void notEvaluatedNamesTheUnreadWikiOrTheInternalProject() {
        RET_001.given(SnapshotFixture.project().small().gap(DataGap.WIKI, "wiki disabled")).isNotEvaluated()
                .hasEvidence(COUNTED, "; the wiki could not be read")
                .hasEvidence(DATA_GAP, "wiki disabled");
        RET_001.withConventions(Fixtures.conventions(c -> c.set(EngineSettings.INTERNAL_RETROSPECTIVE_LOCATION,
                        RetrospectiveLocation.INTERNAL_PROJECT)))
                .given(SnapshotFixture.project().small()).isNotEvaluated()
                .hasEvidence(DATA_GAP, "internal PS plan project, which is not part of the snapshot")
                .usedSetting("internalRetrospectives.location", "internal-project");
    }
}
