package dev.psdm.assertj;

import dev.psdm.report.FailOn;
import dev.psdm.report.Severity;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import static dev.psdm.assertj.PsdmAssertions.assertThat;
import static dev.psdm.assertj.PsdmAssertions.catchThrowableOfType;
import static dev.psdm.assertj.SubjectRef.issue;

/** Issue 28 item 2: assertions that speak the CI gate, and which semantics each has. */
class GateAssertionsTest {

    @Test
    void fullyBaselinedReportHasNoFailuresAndPassesTheGateWhileItsRulesStillFail() {
        assertThat(Reports.BASELINED)
                .hasNoFailures()
                .hasNoFailuresAtOrAbove(Severity.INFO)
                .passesGate(FailOn.ERROR).passesGate(FailOn.INFO)
                .hasFailuresExactly("PSDM-RAID-002", "PSDM-WGT-001")     // status semantics: FAIL, baselined or not
                .isBaselined("PSDM-RAID-002", issue(12));
        assertThat(Reports.BASELINED).hasFailed("PSDM-WGT-001").on(issue(7)).isBaselinedOn(issue(7));
    }

    @Test
    void newFindingFailsAtItsSeverityNotAbove() {
        assertThat(Reports.MIXED).hasNoFailuresAtOrAbove(Severity.ERROR).passesGate(FailOn.ERROR);
        assertThat(failure(() -> assertThat(Reports.MIXED).hasNoFailuresAtOrAbove(Severity.WARNING)))
                .hasMessageContainingAll("Expecting no rule to fail at or above WARNING but 1 did:",
                        "[PSDM-WGT-001 (WARNING)]", "not counted: 1 rule whose findings are all waived or baselined");
        assertThat(failure(() -> assertThat(Reports.MIXED).passesGate(FailOn.WARNING)))
                .hasMessageContainingAll("Expecting the gate --fail-on warning to pass but it is FAILED (exit 1)",
                        "failing: [PSDM-WGT-001 (WARNING)]");
        assertThat(failure(() -> assertThat(Reports.PLAIN).hasNoFailures()))
                .hasMessageContainingAll("but 2 did:", "[PSDM-RAID-002 (ERROR), PSDM-WGT-001 (WARNING)]");
    }

    @Test
    void incompleteReportNeverPassesTheGate() {
        assertThat(failure(() -> assertThat(Reports.incomplete(Reports.BASELINED)).passesGate(FailOn.NEVER)))
                .hasMessageContainingAll("it is INCOMPLETE (exit 2)", "read failures: [epics: HTTP 503 after 3 retries]");
    }

    @Test
    void waivedAndBaselinedAreTold() {
        assertThat(Reports.MIXED).isWaived("PSDM-RAID-003", issue(30)).isBaselined("PSDM-WGT-001", issue(7));
        assertThat(failure(() -> assertThat(Reports.MIXED).isWaived("PSDM-WGT-001", issue(7))))
                .hasMessageContainingAll("Expecting the PSDM-WGT-001 finding on issue #7 to be waived but no waiver covers it",
                        "(it is baselined, which is not waived)");
        assertThat(failure(() -> assertThat(Reports.MIXED).isBaselined("PSDM-WGT-001", issue(8))))
                .hasMessageContaining("to be baselined but it is NEW (not in the baseline)");
        assertThat(failure(() -> assertThat(Reports.PLAIN).isBaselined("PSDM-WGT-001", issue(7))))
                .hasMessageContaining("not compared with a baseline (the check ran without one)");
        assertThat(failure(() -> assertThat(Reports.MIXED).isWaived("PSDM-WGT-001", issue(99))))
                .hasMessageContainingAll("to have a finding on issue #99 but its findings are on:", "[issue #7, issue #8]");
    }

    static AssertionError failure(ThrowingCallable assertion) {
        AssertionError error = catchThrowableOfType(AssertionError.class, assertion);
        assertThat(error).as("the assertion should have failed").isNotNull();
        return error;
    }
}
