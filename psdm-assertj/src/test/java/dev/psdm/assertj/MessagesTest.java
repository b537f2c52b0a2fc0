package dev.psdm.assertj;

import dev.psdm.report.Report;
import dev.psdm.report.RuleResult;
import org.junit.jupiter.api.Test;

import static dev.psdm.assertj.GateAssertionsTest.failure;
import static dev.psdm.assertj.PsdmAssertions.assertThat;
import static dev.psdm.assertj.SubjectRef.issue;

/** Issue 28 item 4: precise, complete failure messages, and asserts a team can extend. */
class MessagesTest {

    @Test
    void onIsExactAndOnAtLeastAllowsOthers() {
        assertThat(Reports.PLAIN).hasFailed("PSDM-RAID-002").onAtLeast(issue(41)).hasFindings(2);
        assertThat(failure(() -> assertThat(Reports.PLAIN).hasFailed("PSDM-RAID-002").on(issue(41))))
                .hasMessageContainingAll("to fail on:", "(unexpected: [issue #12])")
                .hasMessageNotContaining("missing:");
        assertThat(failure(() -> assertThat(Reports.PLAIN).hasFailed("PSDM-RAID-002").onAtLeast(issue(41), issue(40))))
                .hasMessageContainingAll("to fail on at least:", "[issue #41, issue #40]", "(missing: [issue #40])")
                .hasMessageNotContaining("unexpected:");
        assertThat(failure(() -> assertThat(Reports.PLAIN).hasFailed("PSDM-RAID-002").hasFindings(1)))
                .hasMessageContainingAll("Expecting PSDM-RAID-002 to have 1 finding but it has 2:", "[issue #12, issue #41]");
    }

    @Test
    void failingRulesListsShowWhatIsMissingAndUnexpected() {
        assertThat(failure(() -> assertThat(Reports.PLAIN).hasFailuresExactly("PSDM-RAID-002", "PSDM-CER-002")))
                .hasMessageContaining("(missing: [PSDM-CER-002], unexpected: [PSDM-WGT-001])");
    }

    @Test
    void messageOnIsEqualityAndMessageContainingOnIsContains() {
        String full = "RAID item #41 'Runner quota' last updated 15 days ago (limit 14).";
        assertThat(Reports.PLAIN).hasFailed("PSDM-RAID-002").withMessageOn(issue(41), full)
                .withMessageContainingOn(issue(41), "15 days ago");
        assertThat(failure(() -> assertThat(Reports.PLAIN).hasFailed("PSDM-RAID-002").withMessageOn(issue(41), "15 days ago")))
                .hasMessageContainingAll("message on issue #41 to be:", "<15 days ago>", "<" + full + ">");
        assertThat(failure(() -> assertThat(Reports.PLAIN).hasFailed("PSDM-RAID-002").withMessageContainingOn(issue(41), "20 days")))
                .hasMessageContaining("message on issue #41 to contain:");
    }

    @Test
    void everyFailureKeepsTheDescription() {
        // a missing finding used to throw a raw AssertionError without the as(..) description
        assertThat(failure(() -> assertThat(Reports.PLAIN).as("nightly").hasFailed("PSDM-RAID-002").withMessageOn(issue(7), "x")))
                .hasMessageStartingWith("[nightly] ").hasMessageContaining("to have a finding on issue #7");
        assertThat(failure(() -> assertThat(Reports.PLAIN).as("nightly").hasFailed("PSDM-IT0-001").withSeverityOn(issue(7), null)))
                .hasMessageStartingWith("[nightly] ");
    }

    /** A team's own assertion, added the AssertJ way: SELF keeps the chain typed as the subclass. */
    static final class TeamReportAssert extends AbstractReportAssert<TeamReportAssert> {
        TeamReportAssert(Report actual) {
            super(actual, TeamReportAssert.class);
        }

        TeamReportAssert hasNoMoreFailuresThan(int n) {
            isNotNull();
            if (actual.failures().size() > n) {
                failWithMessage("%nExpecting at most %d failing rules but %d failed", n, actual.failures().size());
            }
            return myself;
        }
    }

    @Test
    void teamsExtendTheAssertsWithSelfGenerics() {
        new TeamReportAssert(Reports.PLAIN).hasPassed("PSDM-IT0-001").hasNoMoreFailuresThan(2).hasSize(Reports.PLAIN.size().sizeClass());
        assertThat(failure(() -> new TeamReportAssert(Reports.PLAIN).as("team").hasNoMoreFailuresThan(1)))
                .hasMessageStartingWith("[team] ").hasMessageContaining("at most 1 failing rules but 2 failed");
        RuleResult raid = Reports.PLAIN.result("PSDM-RAID-002").orElseThrow();
        assertThat(raid).on(issue(12), issue(41));
    }
}
