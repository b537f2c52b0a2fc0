package dev.psdm.rules.catalog.closeout;

import dev.psdm.assertj.RuleVerifier;
import dev.psdm.assertj.SnapshotFixture;
import dev.psdm.model.DataGap;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static dev.psdm.assertj.SubjectRef.activity;
import static dev.psdm.report.EvidenceItem.Kind.COUNTED;
import static dev.psdm.report.EvidenceItem.Kind.DATA_GAP;
import static dev.psdm.report.EvidenceItem.Kind.NEAR_MISS;
import static dev.psdm.report.EvidenceItem.Kind.NOT_COUNTED;
import static dev.psdm.report.EvidenceItem.Kind.SATISFIED;

/**
 * PSDM-CLOSE-001 says why (issue 29): when the last iteration ended, each closeout activity's record and the
 * pattern that recognised it, or the pattern that found none and the nearest candidate. The small fixture's
 * last iteration (Iteration 3) ended on 2026-03-01, before the default as-of 2026-03-20.
 */
class CloseoutEvidenceTest {
    private static final RuleVerifier CLOSE_001 = RuleVerifier.forRule("PSDM-CLOSE-001");

    @Test
    void aPassNamesTheRecordOfEachActivity() {
        CLOSE_001.given(SnapshotFixture.project().small()
                        .issue(i -> i.iid(40).title("Project retrospective").closed())
                        .issue(i -> i.iid(41).title("Go-live recap for Acme"))
                        .wikiPage("Support handoff: architecture diagram", null))
                .passes()
                .hasEvidence(SATISFIED, "End-of-project retrospective: issue #40 'Project retrospective', its title matches "
                        + "`closeout.activities` 'end-of-project retrospective' (/")
                .hasEvidence(SATISFIED, "Support handoff: wiki page 'Support handoff: architecture diagram'")
                .lookedAtContaining("the last iteration, Iteration 3 (");
    }

    @Test
    void aFailNamesThePatternAndTheNearestCandidate() {
        CLOSE_001.given(SnapshotFixture.project().small()
                        .issue(i -> i.iid(12).title("Go-live recap"))
                        .issue(i -> i.iid(13).title("Iteration 3 retrospective")))
                .fails().on(activity("end-of-project retrospective"), activity("support handoff"))
                .hasEvidenceOn(activity("end-of-project retrospective"), COUNTED, "End-of-project retrospective: no issue and "
                        + "no wiki page has a title matching `closeout.activities` 'end-of-project retrospective'")
                .hasEvidenceOn(activity("end-of-project retrospective"), NEAR_MISS, "#13 'Iteration 3 retrospective' mentions "
                        + "'retrospective' but its title does not match the pattern")
                .hasEvidence(SATISFIED, "Go-live recap: issue #12 'Go-live recap'");
    }

    @Test
    void notApplicableNamesTheIterationStillRunning() {
        CLOSE_001.given(SnapshotFixture.project().small().asOf(LocalDate.of(2026, 2, 20))).isNotApplicable()
                .hasEvidence(NOT_COUNTED, "The project is still running on the as-of date 2026-02-20: Iteration ");
    }

    @Test
    void notEvaluatedNamesTheUnreadableWiki() {
        CLOSE_001.given(SnapshotFixture.project().small().gap(DataGap.WIKI, "wiki disabled")).isNotEvaluated()
                .hasEvidence(DATA_GAP, "wiki disabled")
                .hasEvidence(COUNTED, "Support handoff: no issue has a title matching `closeout.activities` 'support handoff' "
                        + "(/(?i)support\\s++hand-?off|hand-?off\\s++to\\s++support/), and the wiki could not be read");
    }
}
