package dev.psdm.report.format;

import dev.psdm.report.Gate;
import dev.psdm.report.Report;
import dev.psdm.report.RuleResult;
import dev.psdm.report.Status;
import dev.psdm.report.Summary;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The top of the HTML page (issue 27 item 1), what a steering committee reads first: the project, the as-of
 * date as a person reads it (with its zone), the gate's verdict, the posture (the share of applicable
 * requirements met, how it is computed one click away), the failing rules per severity, the size and why,
 * and the few findings to act on first.
 */
final class HtmlTop {
    /** "15 May 2026, 12:00 UTC": English, 24-hour, always UTC (the instant itself is in {@code datetime}). */
    private static final DateTimeFormatter AS_OF = DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    /** How many failing rules the summary names before the detail. */
    static final int TOP_FINDINGS = 5;

    private HtmlTop() {
    }

    /** "15 May 2026, 12:00 UTC", or "unknown" for a report without an as-of instant. */
    static String asOf(Instant asOf) {
        return asOf == null ? "unknown" : AS_OF.format(asOf);
    }

    /** The as-of instant as a {@code <time>} element. */
    static String time(Instant asOf) {
        return asOf == null ? "unknown" : "<time datetime=\"" + asOf + "\">" + asOf(asOf) + "</time>";
    }

    static void write(Report report, String idPrefix, Writer out) throws IOException {
        boolean customer = ReportText.audience(report) != null;
        out.write("<header class=\"top\">\n<p class=\"kicker\">PSDM check \u00b7 " + (customer ? "Customer view \u00b7 " : "")
                + Html.link(report.project().name(), report.project().webUrl(), idPrefix)
                + " \u00b7 <code>" + Html.text(report.project().path()) + "</code></p>\n");
        if (customer) {
            out.write("<p class=\"audience\"><strong>" + Html.text(ReportText.audience(report)) + "</strong></p>\n");
        }
        String verdictClass = switch (report.gate().verdict()) {
            case PASSED -> "ok";
            case FAILED -> "fail";
            case INCOMPLETE -> "not-final"; // never green: the result is not final
        };
        out.write("<h1 class=\"verdict " + verdictClass + "\">" + Html.text(ReportText.verdict(report)) + "</h1>\n");
        out.write("<dl class=\"facts\">\n");
        fact(out, "As of", time(report.asOf()));
        String whatIf = ReportText.whatIf(report);
        if (whatIf != null) {
            fact(out, "What-if", "<strong>" + Html.text(whatIf) + "</strong>");
        }
        Posture posture = Posture.of(report);
        fact(out, "Requirements met", "<strong>" + posture.headline() + "</strong> "
                + Html.anchor("how this is computed", "posture", idPrefix));
        fact(out, "Failing rules", failing(report.gate()));
        fact(out, "Project size", "<strong>" + report.size().sizeClass() + "</strong> (" + Html.text(report.size().reason()) + ")");
        String conventions = ReportText.conventions(report);
        if (conventions != null) {
            fact(out, "Conventions", Html.text(conventions));
        }
        out.write("</dl>\n");
        out.write("<details class=\"posture\" id=\"" + idPrefix + "posture\"><summary>How the share of requirements met is computed</summary>\n<p>"
                + Html.text(posture.explanation()) + "</p>\n</details>\n");
        String baseline = ReportText.baseline(report);
        if (baseline != null) {
            out.write("<p>" + Html.text(baseline) + "</p>\n");
        }
        out.write("</header>\n");
        HtmlHeatMap.write(report, idPrefix, out);
        writeTopFindings(report, idPrefix, out);
    }

    private static void fact(Writer out, String term, String html) throws IOException {
        out.write("<div><dt>" + term + "</dt><dd>" + html + "</dd></div>\n");
    }

    /** "2 ERROR · 9 WARNING · 2 INFO" as coloured counts, or "none" (never a failure colour for zero). */
    private static String failing(Gate gate) {
        Gate.SeverityCounts c = gate.failing();
        if (c.total() == 0) {
            return "<span class=\"none\">none</span>";
        }
        StringBuilder sb = new StringBuilder();
        count(sb, c.error(), "ERROR", "error", "errors");
        count(sb, c.warning(), "WARNING", "warning", "warnings");
        count(sb, c.info(), "INFO", "info", "info");
        return sb.toString();
    }

    private static void count(StringBuilder sb, int n, String severity, String one, String many) {
        if (n > 0) {
            sb.append(sb.length() == 0 ? "" : " \u00b7 ").append("<span class=\"count ").append(severity).append("\">")
                    .append(n).append(' ').append(n == 1 ? one : many).append("</span>");
        }
    }

    /** The first failing rules that count, most severe first: what to do first, before the detail. */
    static void writeTopFindings(Report report, String idPrefix, Writer out) throws IOException {
        List<RuleResult> counting = ReportText.bySeverity(report, Status.FAIL).stream()
                .filter(r -> Gate.countingSeverity(r) != null).toList();
        if (counting.isEmpty()) {
            return;
        }
        out.write("<section id=\"" + idPrefix + "top-findings\">\n<h2>" + (counting.size() > TOP_FINDINGS ? "First " + TOP_FINDINGS + " of "
                + counting.size() + " failing rules" : "Failing rules") + "</h2>\n<ol>\n");
        for (RuleResult r : counting.subList(0, Math.min(TOP_FINDINGS, counting.size()))) {
            int n = r.findings().size();
            out.write("<li>" + Html.badge(Gate.countingSeverity(r).name(), true) + " "
                    + Html.anchor(r.title(), HtmlFindings.ruleId(r), idPrefix)
                    + (n > 0 ? " <span class=\"muted\">(" + n + (n == 1 ? " finding" : " findings") + ")</span>" : "")
                    + "</li>\n");
        }
        out.write("</ol>\n</section>\n");
    }

    /**
     * The posture: passed rules among the applicable ones. Waived and baselined rules are applicable and not
     * met (accepting a deviation does not meet the requirement); rules not evaluated are left out and said,
     * so missing data never raises the share.
     */
    record Posture(int met, int applicable, int notEvaluated, int notApplicable) {
        static Posture of(Report report) {
            Summary counts = Summary.of(report.results());
            return new Posture(counts.pass(), counts.pass() + counts.fail() + counts.waived(), counts.notEvaluated(),
                    counts.notApplicable());
        }

        /** "10 of 23 (43%)", or "no applicable requirement". */
        String headline() {
            return applicable == 0 ? "no applicable requirement"
                    : met + " of " + applicable + " (" + Math.round(100.0 * met / applicable) + "%)";
        }

        String explanation() {
            return "Each rule is one requirement of the handbook. The share is the rules that passed (" + met
                    + ") among the rules that apply to this project and could be evaluated (" + applicable
                    + "): failed, waived and baselined rules count as not met. Left out: " + notApplicable
                    + " not applicable to a project of this size or state, " + notEvaluated
                    + " not evaluated for lack of data (they count neither way).";
        }
    }
}
