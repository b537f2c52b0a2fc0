package dev.psdm.report.format;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.psdm.report.Report;
import dev.psdm.report.RuleDescriptor;
import dev.psdm.report.RuleHelp;
import dev.psdm.report.RuleResult;
import dev.psdm.report.Severity;
import dev.psdm.report.json.JsonOutput;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules a SARIF run's {@code tool.driver.rules} lists, with the handbook section and the rule page
 * as help; {@code helpUri} only when the rule pages have absolute URLs, since SARIF requires it to be absolute.
 */
final class SarifRules {
    private SarifRules() {
    }

    /** A rule as the driver lists it: from the catalog, or from the report when the catalog lacks it. */
    record DriverRule(String id, String title, Severity severity, String source, RuleDescriptor descriptor,
                      RuleHelp help) {
    }

    /** The driver's rules, by id: the catalog's, plus any rule of the report missing from it. */
    static List<DriverRule> of(FormatOptions options, Report report) {
        Map<String, DriverRule> byId = new LinkedHashMap<>();
        for (RuleDescriptor d : options.rules()) {
            byId.put(d.id(), new DriverRule(d.id(), d.title(), d.severity(), d.source(), d, d.doc().help()));
        }
        for (RuleResult r : report.results()) {
            byId.putIfAbsent(r.ruleId(), new DriverRule(r.ruleId(), r.title(), r.severity(), r.source(), null, r.helpOrNone()));
        }
        List<DriverRule> rules = new ArrayList<>(byId.values());
        rules.sort(Comparator.comparing(DriverRule::id));
        return rules;
    }

    /** A rule's {@code reportingDescriptor}. */
    static ObjectNode descriptor(FormatOptions options, DriverRule rule) {
        ObjectNode d = JsonOutput.object();
        d.put("id", rule.id());
        d.putObject("shortDescription").put("text", rule.title());
        String why = rule.descriptor() == null ? null : rule.descriptor().doc().why();
        if (why != null) {
            d.putObject("fullDescription").put("text", why);
        }
        String page = options.ruleDocUrl(rule.id());
        if (page != null) {
            d.put("helpUri", page);
        }
        RuleHelp fix = rule.help();
        StringBuilder text = new StringBuilder();
        StringBuilder markdown = new StringBuilder();
        if (fix.howToFix() != null) {
            text.append("How to fix: ").append(fix.howToFix()).append('\n');
            markdown.append("**How to fix:** ").append(Escape.markdown(fix.howToFix())).append("\n\n");
        }
        if (!fix.quickActions().isEmpty()) {
            text.append("Quick actions:\n").append(String.join("\n", fix.quickActions())).append('\n');
            markdown.append("Quick actions:\n\n```\n").append(String.join("\n", fix.quickActions())).append("\n```\n\n");
        }
        text.append("Handbook: ").append(rule.source());
        markdown.append("Handbook: ");
        if (fix.handbookUrl() != null) {
            text.append(" (").append(fix.handbookUrl()).append(')');
            markdown.append('[').append(Escape.markdown(rule.source())).append("](").append(fix.handbookUrl()).append(')');
        } else {
            markdown.append(Escape.markdown(rule.source()));
        }
        if (page != null) {
            text.append("\nRule page: ").append(page);
            markdown.append("\n\n[").append(rule.id()).append("](").append(page).append(')');
        }
        ObjectNode help = d.putObject("help");
        help.put("text", text.toString());
        help.put("markdown", markdown.toString());
        d.putObject("defaultConfiguration").put("level", SarifReportWriter.level(rule.severity()));
        ObjectNode properties = d.putObject("properties");
        properties.put("severity", rule.severity().name());
        if (rule.descriptor() != null) {
            properties.put("appliesTo", rule.descriptor().appliesTo().name());
        }
        properties.put("source", rule.source());
        if (fix.handbookUrl() != null) {
            properties.put("handbookUrl", fix.handbookUrl());
        }
        if (!fix.quickActions().isEmpty()) {
            fix.quickActions().forEach(properties.putArray("quickActions")::add);
        }
        if (fix.waiveOnly()) {
            properties.put("waiveOnly", true);
        }
        return d;
    }
}
