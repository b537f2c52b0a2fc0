package dev.psdm.engine.conventions;

import dev.psdm.report.Waiver;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes conventions as a commented {@code .psdm.yml} (what {@code psdm config --print-defaults} prints): the
 * writing half of {@link ConventionsYaml}, kept apart so that each half stays one concern.
 */
final class ConventionsWriter {
    private ConventionsWriter() {
    }

    /**
     * The conventions as a commented {@code .psdm.yml}. For {@link Conventions#defaults()} this is the
     * file {@code psdm config --print-defaults} prints; reading it back gives the same conventions.
     */
    static String write(Conventions conventions) {
        StringBuilder out = new StringBuilder();
        out.append("""
                # psdm-check conventions (.psdm.yml): how your team names things in its collaboration project.
                # Every key is optional: a key you leave out keeps the default shown here (the handbook's),
                # so keep only what you change. Regular expressions are Java's; (?i) makes them case-insensitive.
                # Reference: docs/conventions.md
                """);
        List<String> open = List.of();
        for (Setting<?> key : ConventionKeys.ALL) {
            List<String> segments = List.of(key.path().split("\\."));
            List<String> parents = segments.subList(0, segments.size() - 1);
            int common = 0;
            while (common < open.size() && common < parents.size() && open.get(common).equals(parents.get(common))) {
                common++;
            }
            for (int depth = common; depth < parents.size(); depth++) {
                String sectionPath = String.join(".", parents.subList(0, depth + 1));
                if (depth == 0) {
                    out.append('\n');
                    comment(out, "", ConventionKeys.SECTIONS.get(sectionPath));
                }
                out.append(indent(depth)).append(parents.get(depth)).append(":\n");
            }
            if (parents.isEmpty()) {
                out.append('\n');
            }
            open = parents;
            String indent = indent(parents.size());
            comment(out, indent, key.comment());
            String value = key.type().render(conventions.get(key), indent);
            out.append(indent).append(segments.get(segments.size() - 1)).append(value.startsWith("\n") ? ":" : ": ")
                    .append(value).append('\n');
        }
        writeRules(out, conventions.rules());
        writeWaivers(out, conventions.waivers());
        return out.toString();
    }

    private static void writeRules(StringBuilder out, Map<String, Conventions.RuleOverride> rules) {
        out.append('\n');
        comment(out, "", """
                Per-rule switches by rule id ('psdm rules' lists the ids), for example:
                  PSDM-WGT-002: {enabled: false}
                  PSDM-CONF-001: {severity: error}""");
        if (rules.isEmpty()) {
            out.append("rules: {}\n");
            return;
        }
        out.append("rules:\n");
        rules.forEach((id, o) -> {
            List<String> parts = new ArrayList<>();
            if (o.enabled() != null) {
                parts.add("enabled: " + o.enabled());
            }
            if (o.severity() != null) {
                parts.add("severity: " + o.severity().name().toLowerCase(java.util.Locale.ROOT));
            }
            out.append("  ").append(id).append(": {").append(String.join(", ", parts)).append("}\n");
        });
    }

    private static void writeWaivers(StringBuilder out, List<Waiver> waivers) {
        out.append('\n');
        comment(out, "", """
                Accepted deviations: the finding stays in the report as waived, with its reason, and no
                longer fails the build. subject (issue#42, iteration:123, ...) and expires are optional:
                  - rule: PSDM-RAID-002
                    subject: 'issue#42'
                    reason: 'Customer owns this risk until the contract amendment is signed'
                    expires: 2026-06-30""");
        if (waivers.isEmpty()) {
            out.append("waivers: []\n");
            return;
        }
        out.append("waivers:\n");
        for (Waiver w : waivers) {
            out.append("  - rule: ").append(w.rule()).append('\n');
            if (w.subject() != null) {
                out.append("    subject: ").append(ValueTypes.quote(w.subject())).append('\n');
            }
            out.append("    reason: ").append(ValueTypes.quote(w.reason())).append('\n');
            if (w.expires() != null) {
                out.append("    expires: ").append(w.expires()).append('\n');
            }
        }
    }

    private static void comment(StringBuilder out, String indent, String text) {
        if (text == null) {
            return;
        }
        for (String line : text.split("\n")) {
            out.append(indent).append("# ").append(line).append('\n');
        }
    }

    private static String indent(int depth) {
        return "  ".repeat(depth);
    }
}
