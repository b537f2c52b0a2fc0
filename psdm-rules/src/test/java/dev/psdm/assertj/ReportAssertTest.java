package dev.psdm.assertj;

import dev.psdm.report.SizeClass;
import dev.psdm.report.Finding;
import dev.psdm.report.ProjectRef;
import dev.psdm.report.Report;
import dev.psdm.report.RuleResult;
import dev.psdm.report.Severity;
import dev.psdm.report.SizeInfo;
import dev.psdm.report.Status;
import dev.psdm.report.Subject;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static dev.psdm.assertj.PsdmAssertions.assertThat;
import static dev.psdm.assertj.PsdmAssertions.catchThrowableOfType;
import static dev.psdm.assertj.SubjectRef.issue;
import static dev.psdm.assertj.SubjectRef.iteration;
import static dev.psdm.assertj.SubjectRef.project;

/** The kit's failure messages: expected and actual, with the subjects involved. */
class ReportAssertTest {
    private static final Report REPORT = new Report(new ProjectRef(42, "acme/collaboration", "Acme", null),
            Instant.parse("2026-03-20T12:00:00Z"), new SizeInfo(SizeClass.SMALL, "3 delivery iterations"), List.of(
            result("PSDM-IT0-001", Status.PASS, Severity.ERROR, null),
            result("PSDM-CER-001", Status.NOT_APPLICABLE, Severity.WARNING, "applies to LARGE projects; this one is SMALL"),
            result("PSDM-RAID-002", Status.FAIL, Severity.ERROR, null,
                    finding(Severity.ERROR, "High-priority RAID item #12 'Vendor access' last updated 9 days ago (limit 7).", issueSubject(12)),
                    finding(Severity.WARNING, "RAID item #41 'Runner quota' last updated 15 days ago (limit 14).", issueSubject(41))),
            result("PSDM-CER-002", Status.FAIL, Severity.WARNING, null,
                    finding(Severity.WARNING, "Iteration 4 closed without an iteration review.",
                            new Subject("iteration", null, 104L, "Iteration 4", null)))));

    @Test
    void passingAssertionsChain() {
        assertThat(REPORT).hasPassed("PSDM-IT0-001")
                .hasFailuresExactly("PSDM-RAID-002", "PSDM-CER-002")
                .hasSize(SizeClass.SMALL);
        assertThat(REPORT).hasFailed("PSDM-RAID-002").on(issue(12), issue(41))
                .withSeverity(Severity.ERROR)
                .withSeverityOn(issue(41), Severity.WARNING)
                .withMessageContainingOn(issue(12), "last updated 9 days ago");
        assertThat(REPORT).hasFailed("PSDM-CER-002").on(iteration("Iteration 4"));
        assertThat(REPORT).isNotApplicable("PSDM-CER-001").withReasonContaining("LARGE");
    }

    @Test
    void wrongSubjectsShowExpectedActualMissingAndUnexpected() {
        assertThat(failure(() -> assertThat(REPORT).hasFailed("PSDM-RAID-002").on(issue(12), issue(40))))
                .hasMessageContainingAll(
                        "Expecting PSDM-RAID-002 to fail on:", "[issue #12, issue #40]",
                        "but it failed on:", "[issue #12, issue #41]",
                        "(missing: [issue #40], unexpected: [issue #41])");
    }

    @Test
    void failingWhenItPassedSaysSo() {
        assertThat(failure(() -> assertThat(REPORT).hasFailed("PSDM-IT0-001")))
                .hasMessageContainingAll("Expecting PSDM-IT0-001 to be:", "<FAIL>", "but was:", "<PASS>");
    }

    @Test
    void passingWhenItFailedShowsTheFindings() {
        assertThat(failure(() -> assertThat(REPORT).hasPassed("PSDM-IT0-001", "PSDM-RAID-002")))
                .hasMessageContainingAll("Expecting PSDM-RAID-002 to be:", "<PASS>", "<FAIL>", "with findings on:",
                        "issue #12: High-priority RAID item #12", "issue #41: RAID item #41");
    }

    @Test
    void notApplicableWhenItFailedShowsIterationSubjects() {
        assertThat(failure(() -> assertThat(REPORT).isNotApplicable("PSDM-CER-002")))
                .hasMessageContainingAll("<NOT_APPLICABLE>", "<FAIL>", "iteration 'Iteration 4': Iteration 4 closed");
    }

    @Test
    void anotherStatusShowsTheReason() {
        assertThat(failure(() -> assertThat(REPORT).hasPassed("PSDM-CER-001")))
                .hasMessageContainingAll("<PASS>", "<NOT_APPLICABLE> (applies to LARGE projects; this one is SMALL)");
    }

    @Test
    void ruleMissingFromTheReportListsTheRulesThatRan() {
        assertThat(failure(() -> assertThat(REPORT).isNotEvaluated("PSDM-EPIC-001")))
                .hasMessageContainingAll("Expecting PSDM-EPIC-001 to be NOT_EVALUATED but the report has no result for it",
                        "PSDM-CER-001", "PSDM-RAID-002");
    }

    @Test
    void descriptionCarriesOverToTheRuleResult() {
        assertThat(failure(() -> assertThat(REPORT).as("weekly check of %s", "acme").hasFailed("PSDM-IT0-001")))
                .hasMessageStartingWith("[weekly check of acme] ");
        assertThat(failure(() -> assertThat(REPORT).as("weekly check").hasFailed("PSDM-RAID-002").on(issue(12))))
                .hasMessageStartingWith("[weekly check] ");
    }

    @Test
    void severityMessageAndReasonMismatchesShowBothSides() {
        assertThat(failure(() -> assertThat(REPORT).hasFailed("PSDM-RAID-002").withSeverity(Severity.WARNING)))
                .hasMessageContainingAll("Expecting PSDM-RAID-002 to have severity:", "<WARNING>", "but was:", "<ERROR>");
        assertThat(failure(() -> assertThat(REPORT).hasFailed("PSDM-RAID-002").withSeverityOn(issue(12), Severity.INFO)))
                .hasMessageContainingAll("finding on issue #12", "<INFO>", "<ERROR>");
        assertThat(failure(() -> assertThat(REPORT).hasFailed("PSDM-RAID-002").withMessageContainingOn(issue(41), "20 days")))
                .hasMessageContainingAll("message on issue #41 to contain:", "<20 days>",
                        "<RAID item #41 'Runner quota' last updated 15 days ago (limit 14).>");
        assertThat(failure(() -> assertThat(REPORT).hasFailed("PSDM-RAID-002").withMessageContainingOn(issue(7), "x")))
                .hasMessageContainingAll("to have a finding on issue #7", "[issue #12, issue #41]");
        assertThat(failure(() -> assertThat(REPORT).isNotApplicable("PSDM-CER-001").withReasonContaining("SMALL only")))
                .hasMessageContainingAll("reason of PSDM-CER-001 to contain:", "<SMALL only>", "this one is SMALL");
    }

    @Test
    void reportLevelMismatches() {
        assertThat(failure(() -> assertThat(REPORT).hasNoFailures()))
                .hasMessageContainingAll("Expecting no rule to fail at or above INFO but 2 did:", "[PSDM-RAID-002 (ERROR), PSDM-CER-002 (WARNING)]");
        assertThat(failure(() -> assertThat(REPORT).hasFailuresExactly("PSDM-RAID-002")))
                .hasMessageContainingAll("[PSDM-RAID-002]", "but were:", "[PSDM-CER-002, PSDM-RAID-002]");
        assertThat(failure(() -> assertThat(REPORT).hasSize(SizeClass.LARGE)))
                .hasMessageContainingAll("<LARGE>", "<SMALL> (3 delivery iterations)");
    }

    @Test
    void projectSubjectIsNamedAsSuch() {
        Report report = new Report(REPORT.project(), REPORT.asOf(), REPORT.size(), List.of(
                result("PSDM-IT0-001", Status.FAIL, Severity.ERROR, null,
                        finding(Severity.ERROR, "No Iteration 0", new Subject("project", null, 42L, "Acme", null)))));
        assertThat(report).hasFailed("PSDM-IT0-001").on(project());
        assertThat(failure(() -> assertThat(report).hasFailed("PSDM-IT0-001").on(issue(1))))
                .hasMessageContainingAll("[issue #1]", "[the project]");
    }

    private static AssertionError failure(ThrowingCallable assertion) {
        AssertionError error = catchThrowableOfType(AssertionError.class, assertion);
        assertThat(error).as("the assertion should have failed").isNotNull();
        return error;
    }

    private static RuleResult result(String id, Status status, Severity severity, String reason, Finding... findings) {
        return new RuleResult(id, "title of " + id, severity, status, "handbook", reason, List.of(findings));
    }

    private static Subject issueSubject(long iid) {
        return new Subject("issue", iid, null, "title of #" + iid, null);
    }

    private static Finding finding(Severity severity, String message, Subject subject) {
        return new Finding(severity, message, subject);
    }
}
