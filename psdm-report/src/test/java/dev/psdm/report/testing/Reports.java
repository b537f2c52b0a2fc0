package dev.psdm.report.testing;

import dev.psdm.report.SizeClass;
import dev.psdm.report.Finding;
import dev.psdm.report.ProjectRef;
import dev.psdm.report.Report;
import dev.psdm.report.RuleResult;
import dev.psdm.report.Severity;
import dev.psdm.report.SizeInfo;
import dev.psdm.report.Status;
import dev.psdm.report.Subject;

import java.time.Instant;
import java.util.List;

/** Small hand-made reports for writer tests. */
public final class Reports {
    private Reports() {
    }

    public static Report of(RuleResult... results) {
        return new Report(new ProjectRef(1, "group/project", "Project", "https://gitlab.example.com/group/project"),
                Instant.parse("2026-05-15T12:00:00Z"), new SizeInfo(SizeClass.SMALL, "2 iterations"), List.of(results));
    }

    public static RuleResult failing(String ruleId, Finding... findings) {
        Severity highest = Severity.INFO;
        for (Finding f : findings) {
            highest = f.severity().isAtLeast(highest) ? f.severity() : highest;
        }
        return new RuleResult(ruleId, "Title of " + ruleId, highest, Status.FAIL, "PSDM › Section", null, List.of(findings));
    }

    public static Finding issueFinding(Severity severity, long iid, String title, String message) {
        return new Finding(severity, message, new Subject("issue", iid, null, title,
                "https://gitlab.example.com/group/project/-/issues/" + iid));
    }
}
