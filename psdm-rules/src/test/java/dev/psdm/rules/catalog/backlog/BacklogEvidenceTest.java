package dev.psdm.rules.catalog.backlog;

import dev.psdm.assertj.RuleVerifier;
import dev.psdm.assertj.SnapshotFixture;
import org.junit.jupiter.api.Test;

import static dev.psdm.assertj.SubjectRef.issue;
import static dev.psdm.report.EvidenceItem.Kind.COUNTED;
import static dev.psdm.report.EvidenceItem.Kind.NEAR_MISS;
import static dev.psdm.report.EvidenceItem.Kind.NOT_COUNTED;
import static dev.psdm.report.EvidenceItem.Kind.SATISFIED;
import static dev.psdm.report.EvidenceItem.Kind.SIZE;

/**
 * PSDM-BKL-001 says why (issue 29): the iterations it looked ahead at and the threshold, the Acceptance
 * Criteria line found, the pattern that found none, a description that talks of acceptance without a section.
 * As of 2026-03-20 the large fixture's Iterations 6 and 7 are the next two to start.
 */
class BacklogEvidenceTest {
    private static final RuleVerifier BKL_001 = RuleVerifier.forRule("PSDM-BKL-001");

    @Test
    void aPassQuotesTheAcceptanceCriteriaLineOfEachIssue() {
        BKL_001.given(SnapshotFixture.project().large()
                        .issue(i -> i.iid(75).title("Migrate wave 6").inIteration(6)
                                .description("## Overview\nMove it.\n\n## Acceptance Criteria\n- all imported")))
                .passes()
                .hasEvidence(SATISFIED, "#75 'Migrate wave 6' (Iteration 6) has the section '## Acceptance Criteria'")
                .lookedAtContaining("1 open work item planned in the next 2 iterations to start "
                        + "(`thresholds.refinementIterations`): Iteration 6 from ")
                .usedSetting("thresholds.refinementIterations", "2");
    }

    @Test
    void aFailNamesThePatternAndTheNearMiss() {
        BKL_001.given(SnapshotFixture.project().large()
                        .issue(i -> i.iid(80).title("Document wave 7").inIteration(7)
                                .description("Overview\nThe customer's acceptance is needed by Friday."))
                        .issue(i -> i.iid(81).title("Empty").inIteration(6).description(""))
                        .issue(i -> i.iid(82).inIteration(6).closed()))
                .fails().on(issue(80), issue(81))
                .hasEvidenceOn(issue(80), COUNTED, "#80 'Document wave 7' (Iteration 7): no line of its description matches "
                        + "`backlog.acceptanceCriteria` (/")
                .hasEvidenceOn(issue(80), NEAR_MISS, "mentions acceptance ('The customer's acceptance is needed by Friday.') "
                        + "but not as a section")
                .hasEvidenceOn(issue(81), COUNTED, "#81 'Empty' (Iteration 6) has an empty description")
                .lookedAtContaining("1 more issue planned there not judged");
    }

    @Test
    void notApplicableNamesTheLastIterationThatStarted() {
        BKL_001.given(SnapshotFixture.project().small()).isNotApplicable()
                .hasEvidence(NOT_COUNTED, "No delivery iteration starts after the as-of date 2026-03-20; the last to start, "
                        + "Iteration 3, started on ")
                .hasEvidence(SIZE, "Project size SMALL");
    }
}
