package dev.psdm.rules.docs;

import dev.psdm.report.catalog.RuleCatalogRenderer;

import dev.psdm.engine.PsdmEngine;
import dev.psdm.report.Audience;
import dev.psdm.report.RuleDescriptor;
import dev.psdm.report.RuleDoc;
import dev.psdm.engine.conventions.ConventionsYaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code docs/rules/<ID>.md} for every rule and {@code docs/rules/README.md} as the index, from
 * the rules' DRL metadata only, so the docs say what the rules do. A test in psdm-rules fails when
 * the committed pages differ from what this generates; regenerate them with
 * {@value #REGENERATE_COMMAND}.
 */
public final class RuleDocGenerator {
    /** How to regenerate the committed docs (also printed by the docs test when they are stale). */
    public static final String REGENERATE_COMMAND =
            "mvn -B -q test -pl psdm-rules -am -Dtest=RuleDocsTest -Dsurefire.failIfNoSpecifiedTests=false -Dpsdm.regenerateDocs=true";

    private static final String GENERATED = "<!-- Generated from the rule metadata (DRL) by RuleDocGenerator; do not edit. "
            + "Regenerate: " + REGENERATE_COMMAND + " -->\n";

    private RuleDocGenerator() {
    }

    /** Every page by file name ({@code PSDM-RAID-002.md}, ..., {@code README.md}), in a stable order. */
    public static Map<String, String> generate(List<RuleDescriptor> rules) {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("README.md", index(rules));
        for (RuleDescriptor rule : rules) {
            pages.put(rule.id() + ".md", page(rule));
        }
        return pages;
    }

    /** Writes the pages into {@code dir} and deletes pages of rules that no longer exist. */
    public static void write(Path dir, Map<String, String> pages) {
        try {
            Files.createDirectories(dir);
            try (var existing = Files.list(dir)) {
                for (Path file : existing.filter(f -> f.getFileName().toString().endsWith(".md")).toList()) {
                    if (!pages.containsKey(file.getFileName().toString())) {
                        Files.delete(file);
                    }
                }
            }
            for (var page : pages.entrySet()) {
                Files.writeString(dir.resolve(page.getKey()), page.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code java ... RuleDocGenerator [DIR]}: writes the docs of the bundled rules (default {@code docs/rules}). */
    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 ? args[0] : "docs/rules");
        write(dir, generate(PsdmEngine.builder().build().rules()));
    }

    private static String index(List<RuleDescriptor> rules) {
        return GENERATED + """
                # PSDM rules

                Every rule psdm-check ships, one page each: what it checks, why (quoting the handbook), when it
                passes and fails, an example of each, and the `.psdm.yml` keys that tune it
                ([conventions](../conventions.md)). The same list comes from `psdm rules --format markdown|json|text`.

                Each rule yields one result per project: `PASS`, `FAIL` (one finding per offending subject),
                `NOT_APPLICABLE` (the rule does not concern this project, e.g. a large-project ceremony on a
                small project) or `NOT_EVALUATED` (the snapshot lacks the data the rule needs; never a pass).

                """ + RuleCatalogRenderer.markdown(rules, "");
    }

    private static String page(RuleDescriptor rule) {
        StringBuilder md = new StringBuilder(GENERATED);
        md.append("# ").append(rule.id()).append(" · ").append(rule.title()).append("\n\n");
        md.append("| | |\n|---|---|\n");
        row(md, "Severity", rule.severity() + " (default; `rules." + rule.id() + ".severity` changes it)");
        row(md, "Applies to", applicability(rule));
        row(md, "Audience", rule.audience() == Audience.CUSTOMER
                ? "customer-facing: in the customer view (`psdm check --audience customer`) as well"
                : "internal only: left out of the customer view (`psdm check --audience customer`)");
        row(md, "Needs", rule.requires().isEmpty() ? "nothing beyond the project"
                : String.join(", ", rule.requires()) + " (NOT_EVALUATED when the snapshot could not read them)");
        RuleDoc doc = rule.doc();
        row(md, "Handbook", doc.help().handbookUrl() == null ? rule.source()
                : "[" + rule.source() + "](" + doc.help().handbookUrl() + ")");
        md.append('\n');
        section(md, "Why", orDash(doc.why()));
        section(md, "Passes when", orDash(doc.passes()));
        section(md, "Fails when", orDash(doc.fails()));
        section(md, "How to fix", orDash(doc.help().howToFix()));
        if (!doc.help().quickActions().isEmpty()) {
            md.append("Quick actions to paste into a comment of the issue:\n\n```\n")
                    .append(String.join("\n", doc.help().quickActions())).append("\n```\n\n");
        }
        if (doc.help().waiveOnly()) {
            md.append("A finding about what already happened cannot be fixed afterwards: the reports print the "
                    + "`.psdm.yml` waiver to paste for it (reason and expiry left to fill in).\n\n");
        }
        md.append("## Examples\n\n")
                .append("- **Passes:** ").append(orDash(doc.examplePass())).append('\n')
                .append("- **Fails:** ").append(orDash(doc.exampleFail())).append("\n\n");
        md.append("## Configuration\n\n");
        List<String> keys = configKeys(rule);
        if (!keys.isEmpty()) {
            md.append("| `.psdm.yml` key | default |\n|---|---|\n");
            for (String key : keys) {
                md.append("| `").append(key).append("` | ")
                        .append(ConventionsYaml.defaultOf(key).map(d -> "`" + cell(d) + "`").orElse("—")).append(" |\n");
            }
            md.append('\n');
        }
        md.append("Like every rule, it can be switched off (`rules.").append(rule.id())
                .append(".enabled: false`) or given another severity (`rules.").append(rule.id())
                .append(".severity: info`); see [conventions](../conventions.md).\n");
        return md.toString();
    }

    /** The rule's {@code @config} keys, without the per-rule switches every rule has. */
    public static List<String> configKeys(RuleDescriptor rule) {
        List<String> keys = new ArrayList<>();
        for (String key : rule.doc().configKeys()) {
            if (!key.startsWith("rules.")) {
                keys.add(key);
            }
        }
        return keys;
    }

    private static String applicability(RuleDescriptor rule) {
        return switch (rule.appliesTo()) {
            case ALL -> "all project sizes";
            case LARGE -> "large projects (more than 5 iterations or longer than two months); NOT_APPLICABLE on small ones";
            case SMALL -> "small projects (at most 5 iterations and two months); NOT_APPLICABLE on large ones";
        };
    }

    private static void row(StringBuilder md, String name, String value) {
        md.append("| ").append(name).append(" | ").append(cell(value)).append(" |\n");
    }

    private static void section(StringBuilder md, String heading, String text) {
        md.append("## ").append(heading).append("\n\n").append(text).append("\n\n");
    }

    private static String orDash(String value) {
        return value == null ? "—" : value;
    }

    private static String cell(String value) {
        return value.replace("|", "\\|");
    }
}
