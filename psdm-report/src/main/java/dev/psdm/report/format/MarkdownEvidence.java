package dev.psdm.report.format;

import dev.psdm.report.Evidence;
import dev.psdm.report.EvidenceItem;
import dev.psdm.report.Finding;
import dev.psdm.report.RuleResult;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * A rule's evidence in Markdown (issue 29), collapsed in {@code <details>} so a merge request comment stays
 * short: what the rule looked at, what it found (each finding's items first, under its subject), how many
 * more items the report left out, and the settings the run used. Nothing when the result has no evidence.
 */
final class MarkdownEvidence {
    private MarkdownEvidence() {
    }

    /** Writes the block; {@code md} escapes text from the snapshot. */
    static void write(Writer out, RuleResult r, UnaryOperator<String> md) throws IOException {
        List<String> found = new ArrayList<>();
        for (Finding f : r.findings()) {
            for (EvidenceItem item : f.evidenceOrNone()) {
                found.add(kind(item) + md.apply(item.text()));
            }
        }
        Evidence evidence = r.evidence();
        if (evidence != null) {
            evidence.items().forEach(item -> found.add(kind(item) + md.apply(item.text())));
            if (evidence.omitted() > 0) {
                found.add("… and " + evidence.omitted() + " more (all in the JSON report's `evidence`)");
            }
        }
        if (found.isEmpty() && (evidence == null || evidence.isEmpty())) {
            return;
        }
        out.write("\n<details><summary>Evidence</summary>\n\n");
        if (evidence != null && !evidence.lookedAt().isEmpty()) {
            out.write("Looked at: " + md.apply(String.join("; ", evidence.lookedAt())) + ".\n\n");
        }
        for (String line : found) {
            out.write("- " + line + "\n");
        }
        if (evidence != null && !evidence.settings().isEmpty()) {
            List<String> settings = evidence.settings().stream()
                    .map(s -> "`" + Escape.codeSpan(s.key()) + "`: `" + Escape.codeSpan(s.value()) + "`").toList();
            out.write((found.isEmpty() ? "" : "\n") + "Settings: " + String.join(", ", settings) + "\n");
        }
        out.write("\n</details>\n");
    }

    /** "near miss: ", "satisfied: ". */
    private static String kind(EvidenceItem item) {
        return "_" + item.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + "_: ";
    }
}
