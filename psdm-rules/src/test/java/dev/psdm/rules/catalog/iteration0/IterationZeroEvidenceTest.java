package dev.psdm.rules.catalog.iteration0;

import dev.psdm.assertj.RuleVerifier;
import dev.psdm.assertj.SnapshotFixture;
import dev.psdm.model.DataGap;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static dev.psdm.assertj.SnapshotFixture.twoWeeks;
import static dev.psdm.assertj.SubjectRef.activity;
import static dev.psdm.assertj.SubjectRef.iteration;
import static dev.psdm.assertj.SubjectRef.project;
import static dev.psdm.report.EvidenceItem.Kind.COUNTED;
import static dev.psdm.report.EvidenceItem.Kind.DATA_GAP;
import static dev.psdm.report.EvidenceItem.Kind.NEAR_MISS;
import static dev.psdm.report.EvidenceItem.Kind.NOT_COUNTED;
import static dev.psdm.report.EvidenceItem.Kind.SATISFIED;
import static dev.psdm.report.EvidenceItem.Kind.SIZE;

/**
 * The Iteration 0 rules say why (issue 29). The small fixture's Iteration 0 runs 2026-01-05 – 2026-01-18; the
 * default as-of is 2026-03-20.
 */
class IterationZeroEvidenceTest {

    /** PSDM-IT0-001 applies to every project and has no other reason not to: it is never NOT_APPLICABLE. */
    @Nested
    class Planned {
        private final RuleVerifier it0001 = RuleVerifier.forRule("PSDM-IT0-001");

        @Test
        void aPassSaysHowIterationZeroWasRecognised() {
            it0001.given(SnapshotFixture.project().iterationZero().iterations(3, twoWeeks())).passes()
                    .hasEvidence(SATISFIED, "is Iteration 0: its title 'Iteration 0' names it (`iterationZero.title` (/");
        }

        @Test
        void aFailNamesTheFirstIterationAndTheLateIterationZero() {
            it0001.given(SnapshotFixture.project().iterations(2, twoWeeks())
                            .iteration("Iteration 0", LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 15)))
                    .fails().on(project())
                    .hasEvidenceOn(project(), NOT_COUNTED, "The first iteration, Iteration 1 (")
                    .hasEvidenceOn(project(), NOT_COUNTED, "its title does not match `iterationZero.title`")
                    .hasEvidenceOn(project(), NEAR_MISS, "Iteration 0 (2026-02-02 – 2026-02-15) is titled like Iteration 0 "
                            + "but starts after Iteration 1");
        }
    }

    @Nested
    class Activities {
        private final RuleVerifier it0002 = RuleVerifier.forRule("PSDM-IT0-002");

        @Test
        void aPassNamesTheRecordOfEachActivity() {
            it0002.given(SnapshotFixture.project().small()
                            .issue(i -> i.iid(3).title("Customer kickoff").inIteration(0))
                            .issue(i -> i.iid(4).title("Stakeholder planning").inIteration(0))
                            .wikiPage("Discovery notes", null))
                    .passes()
                    .hasEvidence(SATISFIED, "Customer kickoff: issue #3 'Customer kickoff', its title matches "
                            + "`iterationZero.activities` 'customer kickoff' (/(?i)kick-?off/)")
                    .hasEvidence(SATISFIED, "Discovery: wiki page 'Discovery notes'");
        }

        @Test
        void aFailNamesTheRecordOutsideTheWindow() {
            it0002.given(SnapshotFixture.project().small()
                            .issue(i -> i.title("Customer kickoff").inIteration(0))
                            .issue(i -> i.title("Stakeholder planning").inIteration(0))
                            .issue(i -> i.iid(9).title("Discovery").inIteration(1)))
                    .fails().on(activity("discovery"))
                    .hasEvidenceOn(activity("discovery"), COUNTED, "Discovery: no issue assigned to Iteration 0 or dated by its "
                            + "last day, 2026-01-18 and no wiki page has a title matching `iterationZero.activities` 'discovery'")
                    .hasEvidenceOn(activity("discovery"), NEAR_MISS, "#9 'Discovery' is titled like it but is not assigned to "
                            + "Iteration 0 or dated by its last day, 2026-01-18");
        }

        @Test
        void notApplicableBeforeIterationZeroStarts() {
            it0002.given(SnapshotFixture.project().small().asOf(LocalDate.of(2026, 1, 2))).isNotApplicable()
                    .hasEvidence(NOT_COUNTED, "Iteration 0 (2026-01-05 – 2026-01-18) starts after the as-of date")
                    .hasEvidence(SIZE, "Project size");
        }

        @Test
        void notEvaluatedSaysTheWikiCouldNotBeRead() {
            it0002.given(SnapshotFixture.project().small().gap(DataGap.WIKI, "wiki disabled")).isNotEvaluated()
                    .hasEvidence(DATA_GAP, "wiki disabled")
                    .hasEvidence(COUNTED, "and the wiki could not be read");
        }
    }

    @Nested
    class Risks {
        private final RuleVerifier it0003 = RuleVerifier.forRule("PSDM-IT0-003");

        @Test
        void aPassNamesTheFirstRaidItemAndItsDay() {
            it0003.given(SnapshotFixture.project().small()
                            .issue(i -> i.iid(88).title("Risk: runners").raid().createdOn(LocalDate.of(2026, 1, 10)).updatedDaysAgo(2)))
                    .passes()
                    .hasEvidence(SATISFIED, "RAID item #88 'Risk: runners' was created on 2026-01-10, by the last day of "
                            + "Iteration 0 (2026-01-05 – 2026-01-18)");
        }

        @Test
        void aFailNamesTheFirstRaidItemAfterIterationZero() {
            it0003.given(SnapshotFixture.project().small()
                            .issue(i -> i.iid(90).title("Risk: LDAP").raid().createdOn(LocalDate.of(2026, 1, 23)).updatedDaysAgo(2)))
                    .fails().on(iteration("Iteration 0"))
                    .hasEvidenceOn(iteration("Iteration 0"), COUNTED, "No RAID item was created by 2026-01-18, the last day of Iteration 0")
                    .hasEvidenceOn(iteration("Iteration 0"), NEAR_MISS, "The first RAID item, #90 'Risk: LDAP', was created on "
                            + "2026-01-23, 5 days after Iteration 0 ended");
        }

        @Test
        void notApplicableWhileIterationZeroRuns() {
            it0003.given(SnapshotFixture.project().small().asOf(LocalDate.of(2026, 1, 10))).isNotApplicable()
                    .hasEvidence(NOT_COUNTED, "Iteration 0 (2026-01-05 – 2026-01-18) has not ended by the as-of date");
        }
    }
}
