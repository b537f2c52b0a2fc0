package dev.psdm.engine;

import dev.psdm.report.Applicability;
import dev.psdm.report.Audience;
import dev.psdm.report.RuleDescriptor;
import dev.psdm.report.RuleDoc;
import dev.psdm.report.RuleHelp;
import dev.psdm.report.Severity;
import org.kie.api.definition.rule.Rule;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads a rule's DRL metadata into a {@link RuleDescriptor}. */
final class RuleMetadata {
    static final List<String> REQUIRED_KEYS = List.of("id", "title", "severity", "appliesTo", "source");

    private RuleMetadata() {
    }

    /**
     * Null for a rule that declares no {@code @id}, and for a secondary clause ({@code @part}) of a
     * rule whose metadata lives on its main DRL rule in the same file (e.g. the NOT_APPLICABLE case).
     */
    static RuleDescriptor describe(Rule rule) {
        Map<String, String> meta = new TreeMap<>();
        rule.getMetaData().forEach((k, v) -> meta.put(k, unquote(v)));
        if (!meta.containsKey("id") || meta.containsKey("part")) {
            return null;
        }
        for (String key : REQUIRED_KEYS) {
            if (meta.get(key) == null || meta.get(key).isBlank()) {
                throw new IllegalStateException("rule '" + rule.getName() + "' (" + rule.getPackageName()
                        + ") lacks the @" + key + " metadata every rule must declare");
            }
        }
        if (meta.containsKey(RuleDescriptor.AUDIENCE)) {
            try {
                Audience.parse(meta.get(RuleDescriptor.AUDIENCE));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("rule '" + rule.getName() + "' (" + rule.getPackageName()
                        + ") declares @audience(\"" + meta.get(RuleDescriptor.AUDIENCE) + "\"): " + e.getMessage(), e);
            }
        }
        String requires = meta.getOrDefault("requires", "");
        List<String> required = requires.isBlank() ? List.of()
                : Arrays.stream(requires.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        return new RuleDescriptor(meta.get("id"), meta.get("title"), Severity.parse(meta.get("severity")),
                Applicability.parse(meta.get("appliesTo")), meta.get("source"), required, meta, doc(meta));
    }

    /** The documentation keys; {@code @config} is a comma-separated list of {@code .psdm.yml} keys. */
    private static RuleDoc doc(Map<String, String> meta) {
        String config = meta.getOrDefault("config", "");
        List<String> keys = Arrays.stream(config.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        return new RuleDoc(meta.get("why"), meta.get("passes"), meta.get("fails"), meta.get("examplePass"),
                meta.get("exampleFail"), keys, RuleHelp.fromMetadata(meta));
    }

    /**
     * Metadata values may keep their quotes depending on the Drools build mode (seen on 10.2.0 with
     * the executable model), so strip them here and nowhere else.
     */
    static String unquote(Object value) {
        String s = String.valueOf(value).trim();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1);
        }
        return s.replace("\\\"", "\"");
    }
}
