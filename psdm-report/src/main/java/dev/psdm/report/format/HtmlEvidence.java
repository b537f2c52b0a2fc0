package dev.psdm.report.format;

import dev.psdm.report.Evidence;
import dev.psdm.report.EvidenceItem;
import dev.psdm.report.Finding;
import dev.psdm.report.RuleResult;

import java.util.List;
import java.util.Locale;

/**
 * A rule's and a finding's evidence on the HTML page (issue 29 item 3), folded in {@code <details>} so the page
 * stays short and needs no script: a finding expands to the items about its subject (its near misses, the records
 * counted); a rule to what it looked at, what it found for the rest (what satisfied it, the size, the data gap)
 * and the {@code .psdm.yml} settings with this run's values. All text goes through {@link Html#text}.
 */
final class HtmlEvidence {
    private HtmlEvidence() {
    }

    /** The evidence of one finding, or nothing when it has none. */
    static String finding(Finding f, String idPrefix) {
        List<EvidenceItem> items = f.evidenceOrNone();
        if (items.isEmpty()) {
            return "";
        }
        return "\n<details class=\"evidence\"><summary>Why: the evidence</summary>\n" + items(items, idPrefix) + "</details>";
    }

    /** The evidence of the rule's result, with an id the page can link to, or nothing when it has none. */
    static String result(RuleResult r, String idPrefix) {
        Evidence e = r.evidence();
        if (e == null || e.isEmpty()) {
            return "";
        }
        StringBuilder s = new StringBuilder("<details class=\"evidence\" id=\"" + idPrefix + id(r) + "\"><summary>Evidence</summary>\n");
        if (!e.lookedAt().isEmpty()) {
            s.append("<p>Looked at: ").append(Html.text(String.join("; ", e.lookedAt()))).append(".</p>\n");
        }
        if (!e.items().isEmpty()) {
            s.append(items(e.items(), idPrefix));
        }
        if (e.omitted() > 0) {
            s.append("<p>… and ").append(e.omitted()).append(" more (all in the JSON report's <code>evidence</code>).</p>\n");
        }
        if (!e.settings().isEmpty()) {
            s.append("<p>Settings:");
            for (Evidence.SettingUsed u : e.settings()) {
                s.append(" <code>").append(Html.text(u.key())).append("</code>: <code>").append(Html.text(u.value())).append("</code>");
            }
            s.append("</p>\n");
        }
        return s.append("</details>\n").toString();
    }

    /** The id of a rule's evidence block: {@code ev-PSDM-CER-001}. */
    static String id(RuleResult r) {
        return "ev-" + Html.id(r.ruleId());
    }

    private static String items(List<EvidenceItem> items, String idPrefix) {
        StringBuilder s = new StringBuilder("<ul class=\"evidence\">\n");
        for (EvidenceItem item : items) {
            s.append("<li><span class=\"kind\">").append(item.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '))
                    .append("</span> ").append(Html.text(item.text()));
            if (item.record() != null && item.record().webUrl() != null) {
                s.append(" (").append(Html.link(ReportText.shortName(item.record()), item.record().webUrl(), idPrefix)).append(')');
            }
            s.append("</li>\n");
        }
        return s.append("</ul>\n").toString();
    }
}
