package dev.psdm.cli;

import dev.psdm.engine.conventions.ConventionsYaml;
import dev.psdm.report.RuleDescriptor;
import dev.psdm.report.RuleDoc;
import dev.psdm.report.RuleHelp;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code psdm rules PSDM-RAID-002}: one rule's page on a terminal (title, why, how to fix, settings,
 * where to read more), from the rule's own metadata, like {@code docs/rules/ID.md}.
 */
final class RulePage {
    private RulePage() {
    }

    /** The rule with this id (case-insensitive). */
    static Optional<RuleDescriptor> find(List<RuleDescriptor> rules, String id) {
        return rules.stream().filter(r -> r.id().equalsIgnoreCase(id.strip())).findFirst();
    }

    /** The ids that look like {@code id}, for "did you mean" (same area, e.g. PSDM-RAID-00x). */
    static List<String> similar(List<RuleDescriptor> rules, String id) {
        String wanted = id.strip().toUpperCase(Locale.ROOT);
        int dash = wanted.lastIndexOf('-');
        String area = dash > 0 ? wanted.substring(0, dash + 1) : wanted;
        return rules.stream().map(RuleDescriptor::id).filter(r -> r.startsWith(area) || r.contains(wanted)).limit(8).toList();
    }

    static String text(RuleDescriptor rule, String docsBase) {
        RuleDoc doc = rule.doc();
        StringBuilder out = new StringBuilder();
        out.append(rule.id()).append("  ").append(rule.title()).append('\n');
        out.append("Severity: ").append(rule.severity()).append(" (rules.").append(rule.id()).append(".severity changes it)\n");
        out.append("Applies to: ").append(switch (rule.appliesTo()) {
            case ALL -> "all project sizes";
            case LARGE -> "large projects (more than 5 iterations or longer than two months)";
            case SMALL -> "small projects (at most 5 iterations and two months)";
        }).append('\n');
        if (!rule.requires().isEmpty()) {
            out.append("Needs: ").append(String.join(", ", rule.requires()))
                    .append(" (NOT_EVALUATED when the snapshot could not read them)\n");
        }
        section(out, "Why", doc.why());
        section(out, "Passes when", doc.passes());
        section(out, "Fails when", doc.fails());
        // the one key set every format reads too (RuleHelp; docs/writing-rules.md)
        RuleHelp help = doc.help();
        section(out, "How to fix", help.howToFix());
        if (!help.quickActions().isEmpty()) {
            out.append("\nQuick actions (paste into a comment of the issue):\n");
            help.quickActions().forEach(a -> out.append("  ").append(a).append('\n'));
        }
        if (help.waiveOnly()) {
            out.append("\nA finding about what already happened can only be waived: the reports print the .psdm.yml waiver.\n");
        }
        List<String> keys = doc.configKeys().stream().filter(k -> !k.startsWith("rules.")).toList();
        out.append("\nSettings (.psdm.yml):\n");
        for (String key : keys) {
            out.append("  ").append(key).append(": ").append(ConventionsYaml.defaultOf(key).orElse("(no default)"))
                    .append('\n');
        }
        out.append("  rules.").append(rule.id()).append(".enabled: true\n");
        out.append("  rules.").append(rule.id()).append(".severity: ").append(rule.severity().name().toLowerCase(Locale.ROOT))
                .append('\n');
        out.append("\nHandbook: ").append(rule.source()).append('\n');
        if (help.handbookUrl() != null) {
            out.append("  ").append(help.handbookUrl()).append('\n');
        }
        out.append("Rule page: ").append(docsBase).append(rule.id()).append(".md\n");
        return out.toString();
    }

    private static void section(StringBuilder out, String heading, String text) {
        if (text != null && !text.isBlank()) {
            out.append('\n').append(heading).append(":\n  ").append(text.strip().replace("\n", "\n  ")).append('\n');
        }
    }
}
