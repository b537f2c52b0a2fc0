package dev.psdm.rules.docs;

import dev.psdm.engine.conventions.ConventionsYaml;
import dev.psdm.model.DataGap;
import dev.psdm.report.FailOn;
import dev.psdm.report.Report;
import dev.psdm.report.RuleDescriptor;
import dev.psdm.report.format.FormatOptions;
import dev.psdm.report.format.ReportFormat;
import dev.psdm.report.catalog.RuleCatalogRenderer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The tables outside docs/rules that list every rule or every setting: the README's rule table, the
 * "rules that need it" column of docs/gitlab.md (from each rule's {@code @requires}) and the keys of
 * docs/conventions.md (from the declared settings). Each sits between two markers
 * ({@code <!-- NAME:start -->} and {@code <!-- NAME:end -->}); only what lies between them is
 * generated, the prose around it stays hand-written. {@link RuleDocsTest} checks them and rewrites
 * them with {@link RuleDocGenerator#REGENERATE_COMMAND}, so a new rule or setting edits none by hand.
 */
final class DocTables {
    /** The resources a rule may name in {@code @requires}: the snapshot's data gap names. */
    static final List<String> RESOURCES = List.of(DataGap.ISSUES, DataGap.WEIGHTS, DataGap.ITERATIONS,
            DataGap.MILESTONES, DataGap.LABELS, DataGap.EPICS, DataGap.BOARDS, DataGap.WIKI);

    private DocTables() {
    }

    /** README.md: the catalog's table, linking each rule to its page. */
    static String readme(String readme, List<RuleDescriptor> rules) {
        return between(readme, "rule-table", RuleCatalogRenderer.markdown(rules, "docs/rules/"));
    }

    /**
     * docs/gitlab.md: in the table of what is read, the last cell of each resource's row becomes the
     * rules whose {@code @requires} names it ("—" for none); the other cells (request, tier) are the
     * adapter's and stay as written. A resource a rule requires without a row is an error.
     */
    static String gitlab(String doc, List<RuleDescriptor> rules) {
        String table = inside(doc, "gitlab-requires");
        Set<String> rowsSeen = new TreeSet<>();
        StringBuilder out = new StringBuilder();
        for (String line : table.split("\n", -1)) {
            String[] cells = line.split("(?<!\\\\)\\|", -1);
            String resource = cells.length >= 4 ? cells[1].strip() : "";
            if (RESOURCES.contains(resource)) {
                rowsSeen.add(resource);
                cells[cells.length - 2] = " " + requiredBy(resource, rules) + " ";
                line = String.join("|", cells);
            }
            out.append(line).append('\n');
        }
        for (RuleDescriptor rule : rules) {
            for (String resource : rule.requires()) {
                if (!rowsSeen.contains(resource)) {
                    throw new IllegalStateException(rule.id() + " requires '" + resource
                            + "', which has no row in docs/gitlab.md's table of what is read: add the row (request, tier)");
                }
            }
        }
        return between(doc, "gitlab-requires", out.substring(0, out.length() - 1));
    }

    /**
     * docs/conventions.md: one table per top-level section of {@code .psdm.yml}, in the order
     * {@code psdm config --print-defaults} prints them, each key with its default and what it means.
     */
    static String conventions(String doc) {
        StringBuilder md = new StringBuilder();
        String section = null;
        for (String key : ConventionsYaml.keyPaths()) {
            if (ConventionsYaml.meaningOf(key).isEmpty()) {
                continue; // rules and waivers: not settings, documented by hand below the generated tables
            }
            String top = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
            if (!top.equals(section)) {
                section = top;
                md.append("\n### `").append(top).append("`\n\n");
                ConventionsYaml.sectionMeaningOf(top).ifPresent(m -> md.append(prose(m)).append("\n\n"));
                md.append("| key | default | meaning |\n|---|---|---|\n");
            }
            md.append("| `").append(key).append("` | ")
                    .append(ConventionsYaml.defaultOf(key).map(d -> "`" + cell(d) + "`").orElse("—")).append(" | ")
                    .append(cell(prose(ConventionsYaml.meaningOf(key).orElseThrow()))).append(" |\n");
        }
        return between(doc, "conventions-keys", md.toString().strip() + "\n");
    }

    /**
     * README.md: the opening of the text report {@code psdm check} prints for the large sample (its header,
     * with the rule counts a new rule changes, and the first failing rule), as the CLI writes it with the
     * default {@code --fail-on error}.
     */
    static String largeSampleReport(String readme, Report large, List<RuleDescriptor> rules) {
        String text = ReportFormat.TEXT.writer(FormatOptions.defaults().withRules(rules))
                .render(large.gatedAt(FailOn.ERROR));
        List<String> lines = text.lines().toList();
        int blanks = 0;
        int end = 0;
        while (end < lines.size() && blanks < 2) {
            if (lines.get(end).isBlank()) {
                blanks++;
            }
            end++;
        }
        String opening = String.join("\n", lines.subList(0, end)).stripTrailing();
        return between(readme, "large-sample-report", "```\n" + opening + "\n\n...\n```\n");
    }

    private static String requiredBy(String resource, List<RuleDescriptor> rules) {
        List<String> ids = new ArrayList<>(new TreeSet<>(rules.stream()
                .filter(r -> r.requires().contains(resource)).map(RuleDescriptor::id).toList()));
        return ids.isEmpty() ? "—" : String.join(", ", ids);
    }

    private static String inside(String doc, String name) {
        int[] span = span(doc, name);
        return doc.substring(span[0], span[1]).strip();
    }

    /** {@code doc} with what lies between the markers {@code name} replaced by {@code content}. */
    private static String between(String doc, String name, String content) {
        int[] span = span(doc, name);
        String body = content.endsWith("\n") ? content : content + "\n";
        return doc.substring(0, span[0]) + "\n" + body + doc.substring(span[1]);
    }

    private static int[] span(String doc, String name) {
        String start = "<!-- " + name + ":start -->";
        String end = "<!-- " + name + ":end -->";
        int from = doc.indexOf(start);
        int to = doc.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalStateException("no " + start + " ... " + end + " markers");
        }
        return new int[] {from + start.length(), to};
    }

    /** Text written for a YAML comment, made inert in Markdown: {@code <prefix>} is not an HTML tag. */
    private static String prose(String text) {
        return text.replace("<", "&lt;");
    }

    private static String cell(String value) {
        return value.replace("|", "\\|");
    }
}
