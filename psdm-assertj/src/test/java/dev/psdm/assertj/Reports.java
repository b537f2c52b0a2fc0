package dev.psdm.assertj;

import dev.psdm.report.AppliedWaiver;
import dev.psdm.report.BaselineState;
import dev.psdm.report.Finding;
import dev.psdm.report.ProjectRef;
import dev.psdm.report.ReadFailure;
import dev.psdm.report.Report;
import dev.psdm.report.RuleResult;
import dev.psdm.report.Severity;
import dev.psdm.report.SizeClass;
import dev.psdm.report.SizeInfo;
import dev.psdm.report.Status;
import dev.psdm.report.Subject;

import java.time.Instant;
import java.util.List;

/** Hand-built reports for the kit's own tests (no engine, no rule catalog on this module's class path). */
final class Reports {
    static final Report PLAIN = report(
            result("PSDM-IT0-001", Status.PASS, Severity.ERROR, null),
            result("PSDM-CER-001", Status.NOT_APPLICABLE, Severity.WARNING, "applies to LARGE projects; this one is SMALL"),
            result("PSDM-RAID-002", Status.FAIL, Severity.ERROR, null,
                    finding(Severity.ERROR, "High-priority RAID item #12 'Vendor access' last updated 9 days ago (limit 7).", 12),
                    finding(Severity.WARNING, "RAID item #41 'Runner quota' last updated 15 days ago (limit 14).", 41)),
            result("PSDM-WGT-001", Status.FAIL, Severity.WARNING, null,
                    finding(Severity.WARNING, "Issue #7 is not weighted.", 7)));

    /** Every finding recorded in the baseline: the rules still FAIL, the gate passes. */
    static final Report BASELINED = report(
            result("PSDM-IT0-001", Status.PASS, Severity.ERROR, null),
            result("PSDM-RAID-002", Status.FAIL, Severity.ERROR, null,
                    finding(Severity.ERROR, "RAID item #12 is stale.", 12).withBaseline(BaselineState.UNCHANGED)),
            result("PSDM-WGT-001", Status.FAIL, Severity.WARNING, null,
                    finding(Severity.WARNING, "Issue #7 is not weighted.", 7).withBaseline(BaselineState.UNCHANGED)));

    /** One waived rule, one baselined finding beside a new WARNING one. */
    static final Report MIXED = report(
            result("PSDM-RAID-003", Status.WAIVED, Severity.WARNING, null,
                    finding(Severity.WARNING, "RAID item #30 has no owner.", 30)
                            .withWaiver(new AppliedWaiver("owner leaves in June", null))),
            result("PSDM-WGT-001", Status.FAIL, Severity.WARNING, null,
                    finding(Severity.WARNING, "Issue #7 is not weighted.", 7).withBaseline(BaselineState.UNCHANGED),
                    finding(Severity.WARNING, "Issue #8 is not weighted.", 8).withBaseline(BaselineState.NEW)));

    private Reports() {
    }

    static Report report(RuleResult... results) {
        return new Report(new ProjectRef(42, "acme/collaboration", "Acme", null), Instant.parse("2026-03-20T12:00:00Z"),
                new SizeInfo(SizeClass.SMALL, "3 delivery iterations"), List.of(results));
    }

    static Report incomplete(Report report) {
        return report.withReadFailures(List.of(new ReadFailure("epics", "HTTP 503 after 3 retries")));
    }

    static RuleResult result(String id, Status status, Severity severity, String reason, Finding... findings) {
        return new RuleResult(id, "title of " + id, severity, status, "handbook", reason, List.of(findings));
    }

    static Finding finding(Severity severity, String message, long iid) {
        return new Finding(severity, message, new Subject("issue", iid, null, "title of #" + iid, null));
    }
}
