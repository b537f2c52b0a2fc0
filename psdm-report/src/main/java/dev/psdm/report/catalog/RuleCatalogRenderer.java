package dev.psdm.report.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.psdm.report.json.ReportJson;
import dev.psdm.report.RuleDescriptor;
import dev.psdm.report.RuleDoc;

import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders the rule catalog (from rule metadata) for {@code psdm rules} and the docs. */
public final class RuleCatalogRenderer {
    private static final ObjectMapper MAPPER = ReportJson.newMapper();

    private RuleCatalogRenderer() {
    }

    /** One line per rule: id, severity, applicability, title. */
    public static String text(List<RuleDescriptor> rules) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%-14s %-8s %-7s %s%n", "ID", "SEVERITY", "APPLIES", "TITLE"));
        for (RuleDescriptor r : rules) {
            sb.append(String.format("%-14s %-8s %-7s %s%n", r.id(), r.severity(), r.appliesTo(), r.title()));
        }
        return sb.toString().replace("\r\n", "\n");
    }

    /** A Markdown table with links to the rule pages under {@code linkBase} (e.g. {@code docs/rules/}). */
    public static String markdown(List<RuleDescriptor> rules, String linkBase) {
        StringBuilder sb = new StringBuilder();
        sb.append("| id | title | applies to | severity | handbook |\n|---|---|---|---|---|\n");
        for (RuleDescriptor r : rules) {
            sb.append("| [").append(r.id()).append("](").append(linkBase).append(r.id()).append(".md) | ")
                    .append(r.title()).append(" | ").append(r.appliesTo()).append(" | ").append(r.severity())
                    .append(" | ").append(r.source().replace("|", "\\|")).append(" |\n");
        }
        return sb.toString();
    }

    /** The catalog as a JSON array of the rules' metadata. */
    public static String json(List<RuleDescriptor> rules) {
        List<Map<String, Object>> list = rules.stream().map(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", r.id());
            m.put("title", r.title());
            m.put("severity", r.severity());
            m.put("appliesTo", r.appliesTo());
            m.put("audience", r.audience());
            m.put("source", r.source());
            m.put("requires", r.requires());
            RuleDoc doc = r.doc();
            m.put("why", doc.why());
            m.put("passes", doc.passes());
            m.put("fails", doc.fails());
            // the keys as the DRL lists them, null when it lists none
            m.put("config", doc.configKeys().isEmpty() ? null : String.join(", ", doc.configKeys()));
            m.put("examplePass", doc.examplePass());
            m.put("exampleFail", doc.exampleFail());
            // what to do about a finding (issue 25 item 3), null when the rule says nothing
            m.put("help", doc.help().isEmpty() ? null : doc.help());
            return m;
        }).toList();
        try {
            return MAPPER.writeValueAsString(list) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
