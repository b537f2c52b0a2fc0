package dev.psdm.report.format;

import dev.psdm.report.Finding;
import dev.psdm.report.Gate;
import dev.psdm.report.Report;
import dev.psdm.report.RuleHelp;
import dev.psdm.report.RuleResult;
import dev.psdm.report.Status;
import dev.psdm.report.Subject;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings part of the HTML page (issue 27 item 3): the failing rules most severe first, each with what to
 * do (how to fix, the quick actions to paste, the handbook section) and each finding with its subject's link,
 * its waiver key and, when it can no longer be fixed, a waiver snippet to copy; the same findings by subject
 * (an issue with two problems appears once, with both); then what needs no action, folded in
 * {@code <details>} with its reasons: rules settled by waivers or the baseline, not applicable, passed.
 */
final class HtmlFindings {
    private final FormatOptions options;
    private final String idPrefix;
    private final Writer out;

    HtmlFindings(FormatOptions options, String idPrefix, Writer out) {
        this.options = options;
        this.idPrefix = idPrefix;
        this.out = out;
    }

    /** The id of a rule's entry: {@code rule-PSDM-CER-001}. */
    static String ruleId(RuleResult r) {
        return "rule-" + Html.id(r.ruleId());
    }

    /** The id of a rule's n-th finding (0-based, in report order): {@code f-PSDM-CER-001-2}. */
    static String findingId(RuleResult r, int n) {
        return "f-" + Html.id(r.ruleId()) + "-" + n;
    }

    /**
     * The id of the finding of this rule on this subject, or null when the page shows no such finding (the
     * rule passed or did not run): what a missed cell of the heat map links to.
     */
    static String findingAnchor(Report report, String ruleId, String subjectKey) {
        RuleResult r = report.result(ruleId).orElse(null);
        if (r == null || !(r.status() == Status.FAIL || r.status() == Status.WAIVED)) {
            return null;
        }
        for (int n = 0; n < r.findings().size(); n++) {
            if (r.findings().get(n).subject().key().equals(subjectKey)) {
                return findingId(r, n);
            }
        }
        return null;
    }

    void write(Report report) throws IOException {
        List<RuleResult> failing = ReportText.bySeverity(report, Status.FAIL);
        List<RuleResult> counting = failing.stream().filter(r -> Gate.countingSeverity(r) != null).toList();
        List<RuleResult> settled = failing.stream().filter(r -> Gate.countingSeverity(r) == null).toList();
        if (!counting.isEmpty()) {
            out.write("<section id=\"" + idPrefix + "failed\" class=\"detail what-to-fix\">\n<h2>What to fix, most severe first ("
                    + counting.size() + ")</h2>\n");
            for (RuleResult r : counting) {
                writeRule(r, true);
            }
            out.write("</section>\n");
            writeBySubject(counting);
        }
        List<RuleResult> notEvaluated = ReportText.withStatus(report, Status.NOT_EVALUATED);
        if (!notEvaluated.isEmpty()) {
            // open, not folded: a rule that could not be judged may hide a failure
            out.write("<section id=\"" + idPrefix + "not-evaluated\">\n<h2>Not evaluated (" + notEvaluated.size() + ")</h2>\n");
            for (RuleResult r : notEvaluated) {
                writeRule(r, false);
            }
            out.write("</section>\n");
        }
        folded("baselined", "Settled by waivers or the baseline", settled, true);
        folded("waived", "Waived", ReportText.bySeverity(report, Status.WAIVED), true);
        folded("not-applicable", "Not applicable", ReportText.withStatus(report, Status.NOT_APPLICABLE), false);
        folded("passed", "Passed", ReportText.withStatus(report, Status.PASS), false);
    }

    private void folded(String id, String heading, List<RuleResult> rules, boolean withFindings) throws IOException {
        if (rules.isEmpty()) {
            return;
        }
        out.write("<details class=\"group\" id=\"" + idPrefix + id + "\">\n<summary><h2>" + heading + " (" + rules.size()
                + ")</h2></summary>\n");
        for (RuleResult r : rules) {
            writeRule(r, withFindings);
        }
        out.write("</details>\n");
    }

    private void writeRule(RuleResult r, boolean withFindings) throws IOException {
        boolean fails = r.failed() && Gate.countingSeverity(r) != null;
        out.write("<article class=\"rule\" id=\"" + idPrefix + ruleId(r) + "\">\n<h3>"
                + Html.link(r.ruleId(), options.ruleDocUrl(r.ruleId()), idPrefix) + " " + Html.text(r.title()) + " "
                + Html.badge(r.severity().name(), fails) + "</h3>\n");
        if (r.reason() != null) {
            out.write("<p class=\"reason\">" + Html.text(r.reason()) + "</p>\n");
        }
        out.write(HtmlEvidence.result(r, idPrefix));
        if (withFindings && !r.findings().isEmpty()) {
            writeHelp(r);
            out.write("<ul class=\"findings\">\n");
            for (int n = 0; n < r.findings().size(); n++) {
                writeFinding(r, n, fails);
            }
            out.write("</ul>\n");
        }
        out.write("<p class=\"source\">Handbook: " + Html.link(r.source(), webUrl(r.helpOrNone().handbookUrl()), idPrefix)
                + "</p>\n</article>\n");
    }

    /** A handbook link only when absolute: a custom rule's relative one would be dead where the page is read. */
    private static String webUrl(String url) {
        return Links.isWebUrl(url) ? url : null;
    }

    private void writeHelp(RuleResult r) throws IOException {
        RuleHelp help = r.helpOrNone();
        if (help.howToFix() != null) {
            out.write("<p class=\"fix\"><strong>How to fix:</strong> " + Html.text(help.howToFix())
                    + (help.handbookUrl() != null ? " " + Html.link("Handbook section", help.handbookUrl(), idPrefix) : "")
                    + "</p>\n");
        }
        if (!help.quickActions().isEmpty()) {
            out.write("<p class=\"fix\">Quick actions to paste into a comment of the issue:</p>\n<pre class=\"quick\"><code>"
                    + Html.text(String.join("\n", help.quickActions())) + "</code></pre>\n");
        }
    }

    private void writeFinding(RuleResult r, int n, boolean ruleFails) throws IOException {
        Finding f = r.findings().get(n);
        String note = ReportText.note(f);
        out.write("<li id=\"" + idPrefix + findingId(r, n) + "\">"
                + Html.link(ReportText.shortName(f.subject()), f.subject().webUrl(), idPrefix) + ": " + Html.text(f.message())
                + (f.severity() != r.severity() ? " " + Html.badge(f.severity().name(), ruleFails && f.counts()) : "")
                + (note != null ? " <span class=\"note\">" + Html.text(note) + "</span>" : "")
                + "<br>" + owner(f.subject(), " \u00b7 ") + "<span class=\"key\">Waiver key <code>" + Html.text(f.subject().key())
                + "</code></span>");
        out.write(HtmlEvidence.finding(f, idPrefix));
        String snippet = r.waiverSnippet(f);
        if (snippet != null) {
            out.write("\n<details class=\"snippet\"><summary>Can no longer be fixed: waiver to paste into .psdm.yml under"
                    + " <code>waivers:</code></summary><pre><code>" + Html.text(snippet) + "</code></pre></details>");
        }
        out.write("</li>\n");
    }

    /**
     * "Owner @jdoe" (or "no owner", never in a failure colour: it is a fact, the finding says what is wrong) for an
     * issue, before {@code after}; nothing for a subject without owners (an iteration, a label).
     */
    private static String owner(Subject s, String after) {
        String owner = s.owner();
        if (owner == null) {
            return "";
        }
        return (after.isEmpty() ? " " : "") + "<span class=\"owner\">" + (s.assignees().isEmpty() ? "no owner"
                : "Owner " + Html.text(owner)) + "</span>" + after;
    }

    /** The failing findings grouped by subject, subjects with most findings first, then by key. */
    private void writeBySubject(List<RuleResult> counting) throws IOException {
        Map<String, List<String>> lines = new LinkedHashMap<>();
        Map<String, Subject> subjects = new LinkedHashMap<>();
        for (RuleResult r : counting) {
            for (int n = 0; n < r.findings().size(); n++) {
                Finding f = r.findings().get(n);
                subjects.putIfAbsent(f.subject().key(), f.subject());
                lines.computeIfAbsent(f.subject().key(), k -> new ArrayList<>()).add("<li>" + Html.text(r.title()) + " ("
                        + Html.anchor(r.ruleId(), findingId(r, n), idPrefix) + ") " + Html.badge(f.severity().name(), f.counts())
                        + "</li>");
            }
        }
        if (subjects.isEmpty()) {
            return;
        }
        List<String> keys = new ArrayList<>(subjects.keySet());
        keys.sort(java.util.Comparator.comparing((String k) -> -lines.get(k).size())
                .thenComparing(k -> subjects.get(k), Subject.ORDER));
        out.write("<section id=\"" + idPrefix + "by-subject\" class=\"detail\">\n<h2>The same findings by issue, iteration"
                + " or other subject (" + keys.size() + ")</h2>\n<dl class=\"by-subject\">\n");
        for (String key : keys) {
            Subject s = subjects.get(key);
            out.write("<dt>" + Html.link(ReportText.shortName(s), s.webUrl(), idPrefix) + " <code>" + Html.text(key)
                    + "</code>" + owner(s, "") + "</dt>\n<dd><ul>\n" + String.join("\n", lines.get(key)) + "\n</ul></dd>\n");
        }
        out.write("</dl>\n</section>\n");
    }
}
