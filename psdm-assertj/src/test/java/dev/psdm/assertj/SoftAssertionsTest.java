package dev.psdm.assertj;

import dev.psdm.report.FailOn;
import org.assertj.core.api.junit.jupiter.InjectSoftAssertions;
import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

import static dev.psdm.assertj.PsdmAssertions.assertThat;
import static dev.psdm.assertj.PsdmAssertions.catchThrowableOfType;
import static dev.psdm.assertj.SubjectRef.issue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;

/**
 * Issue 28 item 3: {@code hasFailed(id)} handed out an assert detached from the soft collector, so a
 * chained {@code .on(..)} threw at once and the soft failures before it were lost.
 */
class SoftAssertionsTest {

    @Test
    void chainedAssertionsAfterNavigationAreCollectedNotThrown() {
        PsdmSoftAssertions softly = new PsdmSoftAssertions();
        softly.assertThat(Reports.PLAIN).hasPassed("PSDM-RAID-002");                     // 1: it failed
        softly.assertThat(Reports.PLAIN).hasFailed("PSDM-RAID-002").on(issue(12));         // 2: also on #41
        softly.assertThat(Reports.PLAIN).hasFailed("PSDM-RAID-002").withMessageOn(issue(41), "x"); // 3
        softly.assertThat(Reports.PLAIN).hasFailed("PSDM-WGT-001").on(issue(7)).hasFindings(1); // passes
        softly.assertThat(Reports.PLAIN).passesGate(FailOn.ERROR);                         // 4
        softly.assertThat("plain AssertJ").startsWith("x");                                // 5: AssertJ's own, too

        assertThat(softly.errorsCollected()).hasSize(5);
        assertThat(softly.errorsCollected().get(0)).hasMessageContainingAll("Expecting PSDM-RAID-002 to be:", "<PASS>");
        assertThat(softly.errorsCollected().get(1)).hasMessageContaining("(unexpected: [issue #41])");
        assertThat(softly.errorsCollected().get(2)).hasMessageContaining("message on issue #41 to be:");
        assertThat(softly.errorsCollected().get(3)).hasMessageContaining("gate --fail-on error to pass");
        AssertionError all = catchThrowableOfType(AssertionError.class, softly::assertAll);
        assertThat(all).hasMessageContaining("Multiple Failures (5 failures)");
    }

    @Test
    void aMissingRuleIsOneFailureAndItsChainStaysSilent() {
        PsdmSoftAssertions softly = new PsdmSoftAssertions();
        softly.assertThat(Reports.PLAIN).as("weekly").hasFailed("PSDM-NOPE-001").on(issue(1)).withSeverity(null);
        softly.assertThat(Reports.PLAIN).hasFailed("PSDM-IT0-001").on(issue(1));
        assertThat(softly.errorsCollected()).hasSize(3);
        assertThat(softly.errorsCollected().get(0)).hasMessageStartingWith("[weekly] ")
                .hasMessageContaining("Expecting PSDM-NOPE-001 to be FAIL but the report has no result for it");
        // the rule passed: the status failure, then the subjects that are missing
        assertThat(softly.errorsCollected().get(1)).hasMessageContainingAll("<FAIL>", "<PASS>");
        assertThat(softly.errorsCollected().get(2)).hasMessageContaining("(missing: [issue #1])");
    }

    @Test
    void assertSoftlyThrowsOnceWithEveryFailure() {
        AssertionError e = catchThrowableOfType(AssertionError.class, () -> PsdmSoftAssertions.assertSoftly(softly -> {
            softly.assertThat(Reports.PLAIN).hasFailed("PSDM-RAID-002").onAtLeast(issue(99));
            softly.assertThat(Reports.PLAIN).hasNoFailures();
        }));
        assertThat(e).hasMessageContainingAll("Multiple Failures (2 failures)", "(missing: [issue #99])",
                "Expecting no rule to fail at or above INFO");
    }

    @Test
    void theJUnitExtensionInjectsAndReportsEveryFailure() {
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        LauncherFactory.create().execute(request().selectors(selectClass(WithTheExtension.class)).build(), listener);
        TestExecutionSummary summary = listener.getSummary();
        assertThat(summary.getTestsSucceededCount()).isEqualTo(1);
        assertThat(summary.getFailures()).hasSize(1);
        assertThat(summary.getFailures().get(0).getException())
                .hasMessageContainingAll("Multiple Failures (2 failures)", "(missing: [issue #40])", "<NOT_APPLICABLE>");
    }

    /** Run by the test above through the JUnit launcher (surefire skips nested classes). */
    @ExtendWith(SoftAssertionsExtension.class)
    static class WithTheExtension {
        @InjectSoftAssertions
        PsdmSoftAssertions softly;

        @Test
        void passes() {
            softly.assertThat(Reports.PLAIN).hasFailed("PSDM-RAID-002").on(issue(12), issue(41));
        }

        @Test
        void collectsTwoFailures() {
            softly.assertThat(Reports.PLAIN).hasFailed("PSDM-RAID-002").on(issue(12), issue(40), issue(41));
            softly.assertThat(Reports.PLAIN).isNotApplicable("PSDM-IT0-001");
        }
    }
}
