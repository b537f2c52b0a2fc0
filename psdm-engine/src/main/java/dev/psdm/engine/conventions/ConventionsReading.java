package dev.psdm.engine.conventions;

import dev.psdm.engine.conventions.ConventionKeys.Where;
import dev.psdm.engine.conventions.YamlTree.ListNode;
import dev.psdm.engine.conventions.YamlTree.MapNode;
import dev.psdm.engine.conventions.YamlTree.Node;
import dev.psdm.engine.conventions.YamlTree.Scalar;
import dev.psdm.report.Severity;
import dev.psdm.report.Waiver;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One read of one {@code .psdm.yml} for {@link ConventionsYaml#read(java.io.Reader, String)}: the values, rule
 * switches and waivers it found and the line of each key (for the messages of later checks). Strict as the file
 * format is: an unknown key or a value of the wrong type is a {@link ConventionsException} naming file, line and key.
 */
final class ConventionsReading {
    private final String file;
    private final Map<String, Object> values = new LinkedHashMap<>();
    private Map<String, Conventions.RuleOverride> rules = Map.of();
    private List<Waiver> waivers = List.of();
    private final Map<String, Integer> lines = new HashMap<>();

    ConventionsReading(String file) {
        this.file = file;
    }

    Conventions read(MapNode root) {
        section(root, "");
        return new Conventions(Settings.of(values), rules, waivers, new ConventionsSource(file, lines));
    }

    private void section(MapNode node, String prefix) {
        for (YamlTree.Entry entry : node.entries().values()) {
            String path = prefix.isEmpty() ? entry.key() : prefix + "." + entry.key();
            Where where = new Where(file, path, entry.line());
            lines.put(path, entry.line());
            Setting<?> key = ConventionsYaml.KEYS.get(path);
            if (prefix.isEmpty() && ConventionsYaml.RULES.equals(path)) {
                rules(entry.value(), where);
            } else if (prefix.isEmpty() && ConventionsYaml.WAIVERS.equals(path)) {
                waivers(entry.value(), where);
            } else if (key != null) {
                values.put(path, key.type().parse(entry.value(), where));
            } else if (ConventionsYaml.SECTIONS.contains(path)) {
                if (!(entry.value() instanceof MapNode child)) {
                    throw where.error("expected a section with the keys " + ConventionsYaml.childrenOf(path) + ", got "
                            + entry.value().describe());
                }
                section(child, path);
            } else {
                throw where.error("unknown key (known " + (prefix.isEmpty() ? "top-level keys" : "keys in '" + prefix + "'")
                        + ": " + String.join(", ", ConventionsYaml.childrenOf(prefix)) + ")");
            }
        }
    }

    private void rules(Node node, Where where) {
        if (node instanceof Scalar s && s.isNull()) {
            return;
        }
        if (!(node instanceof MapNode map)) {
            throw where.error("expected rule ids with their switches, e.g. 'PSDM-WGT-002: {enabled: false}', got "
                    + node.describe());
        }
        Map<String, Conventions.RuleOverride> overrides = new LinkedHashMap<>();
        for (YamlTree.Entry rule : map.entries().values()) {
            Where at = new Where(file, ConventionsYaml.RULES + "." + rule.key(), rule.line());
            lines.put(at.path(), rule.line());
            if (!(rule.value() instanceof MapNode switches) || switches.entries().isEmpty()) {
                throw at.error("expected 'enabled: false' and/or 'severity: error|warning|info', got "
                        + rule.value().describe());
            }
            Boolean enabled = null;
            Severity severity = null;
            for (YamlTree.Entry s : switches.entries().values()) {
                Where sw = new Where(file, at.path() + "." + s.key(), s.line());
                switch (s.key()) {
                    case "enabled" -> enabled = ValueTypes.BOOL.parse(s.value(), sw);
                    case "severity" -> severity = severity(s.value(), sw);
                    default -> throw sw.error("unknown key (known keys of a rule: enabled, severity)");
                }
            }
            overrides.put(rule.key(), new Conventions.RuleOverride(enabled, severity));
        }
        rules = overrides;
    }

    private static Severity severity(Node node, Where where) {
        return ValueTypes.parsed(node, where, "error, warning or info", Severity::parse);
    }

    private void waivers(Node node, Where where) {
        if (node instanceof Scalar s && s.isNull()) {
            return;
        }
        if (!(node instanceof ListNode list)) {
            throw where.error("expected a list of waivers ('- rule: ...'), got " + node.describe());
        }
        List<Waiver> waivers = new ArrayList<>();
        for (int k = 0; k < list.items().size(); k++) {
            waivers.add(waiver(list.items().get(k), ConventionsYaml.WAIVERS + "[" + k + "]"));
        }
        this.waivers = waivers;
    }

    private Waiver waiver(Node node, String path) {
        Where at = new Where(file, path, node.line());
        if (!(node instanceof MapNode map)) {
            throw at.error("expected a waiver with rule, reason and optionally subject and expires, got "
                    + node.describe());
        }
        String rule = null;
        String subject = null;
        String reason = null;
        LocalDate expires = null;
        lines.put(path + ".rule", node.line());
        for (YamlTree.Entry e : map.entries().values()) {
            Where w = new Where(file, path + "." + e.key(), e.line());
            switch (e.key()) {
                case "rule" -> {
                    rule = ValueTypes.text(e.value(), w, "a rule id such as PSDM-RAID-002");
                    lines.put(w.path(), e.line());
                }
                case "subject" -> subject = ValueTypes.text(e.value(), w, "a subject such as issue#42");
                case "reason" -> reason = ValueTypes.text(e.value(), w, "why the team accepts the deviation");
                case "expires" -> expires = date(e.value(), w);
                default -> throw w.error("unknown key (known keys of a waiver: rule, subject, reason, expires)");
            }
        }
        if (rule == null) {
            throw new Where(file, path + ".rule", node.line()).error("a waiver needs the id of the rule it waives");
        }
        if (reason == null) {
            throw new Where(file, path + ".reason", node.line())
                    .error("a waiver needs a reason: why the team accepts the deviation");
        }
        return new Waiver(rule, subject, reason, expires);
    }

    private static LocalDate date(Node node, Where where) {
        return ValueTypes.parsed(node, where, "a date such as 2026-06-30", LocalDate::parse);
    }
}
