package dev.psdm.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.psdm.engine.PsdmEngine;
import dev.psdm.engine.conventions.Conventions;
import dev.psdm.engine.conventions.ConventionsYaml;
import dev.psdm.report.ConventionsUsed;
import dev.psdm.report.RuleDescriptor;
import dev.psdm.report.Severity;
import dev.psdm.report.json.ReportJson;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code psdm rules --config FILE} (issue 25 item 6): the configuration a check with that file runs with, so a
 * team sees it before a report does: each rule enabled or not and its effective severity beside its default,
 * then the settings that differ from the handbook's defaults, with both values.
 *
 * @param conventions what the file changes, in the sentence every report opens with
 * @param rulesRun    how many of the engine's rules a check runs (all of them but the switched-off ones)
 * @param rules       each rule as the file leaves it, in catalog order
 * @param settings    the keys whose value differs from the default
 * @param waivers     how many waivers the file holds (psdm check applies them; their keys are in the file)
 */
record EffectiveConfig(ConventionsUsed conventions, int rulesRun, List<Rule> rules, List<SettingValue> settings,
                       int waivers) {

    /** A rule under the file: switched off, or on at a severity (its own or the file's). */
    record Rule(RuleDescriptor descriptor, boolean enabled, Severity severity) {
        boolean changed() {
            return !enabled || severity != descriptor.severity();
        }
    }

    /** A setting the file changes: its value and the handbook's default, each on one line. */
    record SettingValue(String key, String value, String defaultValue) {
    }

    static EffectiveConfig of(PsdmEngine engine, List<RuleDescriptor> shown) {
        Conventions conventions = engine.conventions();
        List<Rule> rules = shown.stream().map(r -> new Rule(r, conventions.isEnabled(r.id()),
                conventions.override(r.id()).map(Conventions.RuleOverride::severity).orElse(r.severity()))).toList();
        List<SettingValue> settings = new ArrayList<>();
        for (String key : ConventionsYaml.differencesFromDefaults(conventions)) {
            // rules.* are the table's; waivers are counted
            ConventionsYaml.valueOf(conventions, key).ifPresent(value ->
                    settings.add(new SettingValue(key, value, ConventionsYaml.defaultOf(key).orElse(""))));
        }
        int run = (int) engine.rules().stream().filter(r -> conventions.isEnabled(r.id())).count();
        return new EffectiveConfig(engine.conventionsUsed(), run, rules, settings, conventions.waivers().size());
    }

    /** The sentence of the reports' "Conventions:" line. */
    private String headline() {
        return "Conventions: " + conventions.describe(rulesRun) + ".";
    }

    String text() {
        StringBuilder sb = new StringBuilder(headline()).append('\n');
        sb.append(String.format("%-14s %-7s %-8s %-8s %s%n", "ID", "ENABLED", "SEVERITY", "DEFAULT", "TITLE"));
        for (Rule r : rules) {
            sb.append(String.format("%-14s %-7s %-8s %-8s %s%n", r.descriptor().id(), r.enabled() ? "yes" : "no",
                    r.enabled() ? r.severity() : "-", r.descriptor().severity(), r.descriptor().title()));
        }
        if (settings.isEmpty()) {
            sb.append("\nEvery setting has the handbook's default.\n");
        } else {
            sb.append("\nSettings that differ from the handbook's defaults:\n");
            for (SettingValue s : settings) {
                sb.append("  ").append(s.key()).append(": ").append(s.value()).append("  (default: ").append(s.defaultValue())
                        .append(")\n");
            }
        }
        sb.append(waiverLine());
        return sb.toString().replace("\r\n", "\n");
    }

    String markdown() {
        StringBuilder sb = new StringBuilder(headline()).append("\n\n");
        sb.append("| id | title | enabled | severity | default severity |\n|---|---|---|---|---|\n");
        for (Rule r : rules) {
            sb.append("| ").append(r.descriptor().id()).append(" | ").append(r.descriptor().title().replace("|", "\\|"))
                    .append(" | ").append(r.enabled() ? "yes" : "**no**").append(" | ")
                    .append(r.enabled() ? (r.changed() ? "**" + r.severity() + "**" : r.severity().toString()) : "")
                    .append(" | ").append(r.descriptor().severity()).append(" |\n");
        }
        if (settings.isEmpty()) {
            sb.append("\nEvery setting has the handbook's default.\n");
        } else {
            sb.append("\n| setting | value | default |\n|---|---|---|\n");
            for (SettingValue s : settings) {
                sb.append("| `").append(s.key()).append("` | ").append(cell(s.value())).append(" | ")
                        .append(cell(s.defaultValue())).append(" |\n");
            }
        }
        return sb.append(waiverLine()).toString();
    }

    String json() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("conventions", conventions);
        root.put("rules", rules.stream().map(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", r.descriptor().id());
            m.put("title", r.descriptor().title());
            m.put("enabled", r.enabled());
            m.put("severity", r.severity());
            m.put("defaultSeverity", r.descriptor().severity());
            return m;
        }).toList());
        root.put("settings", settings);
        root.put("waivers", waivers);
        try {
            return ReportJson.newMapper().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String waiverLine() {
        return waivers == 0 ? "" : "\n" + waivers + (waivers == 1 ? " waiver" : " waivers")
                + " in the file: psdm check applies them; a report lists each waived finding.\n";
    }

    private static String cell(String value) {
        return value.isEmpty() ? "" : "`" + value.replace("`", "'").replace("|", "\\|") + "`";
    }
}
