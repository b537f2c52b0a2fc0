package dev.psdm.cli;

import dev.psdm.engine.PsdmEngine;
import dev.psdm.report.RuleDescriptor;
import dev.psdm.engine.conventions.Conventions;
import dev.psdm.report.catalog.RuleCatalogRenderer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code psdm rules}: the rule catalog, read from the rules' own metadata. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = {"Lists the PSDM rules (id, severity, applicability, title), from the rules' metadata;",
                "with a RULE_ID, prints that rule's page: why, when it passes and fails, how to fix, its settings;",
                "with --config FILE, the effective configuration: what a check with that .psdm.yml runs."})
final class RulesCommand implements Callable<Integer> {

    enum Format { text, markdown, json }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Parameters(arity = "0..1", paramLabel = "RULE_ID", description = "One rule, e.g. PSDM-RAID-002.")
    String ruleId;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default), markdown or json.")
    Format format;

    @Option(names = "--rules", paramLabel = "FILE",
            description = "Custom DRL rules to list beside the bundled ones (checked as psdm check checks them); repeatable.")
    List<Path> customRules = new ArrayList<>();

    @Option(names = "--config", paramLabel = "FILE",
            description = "Show the effective configuration under the conventions FILE (.psdm.yml): each rule enabled or"
                    + " not and its severity beside its default, then the settings that differ from the defaults.")
    Path config;

    @Option(names = {"-v", "--verbose"}, description = "Print stack traces of errors.")
    boolean verbose;

    @Override
    public Integer call() {
        PsdmEngine engine = customRules.isEmpty() && config == null ? PsdmEngine.builder().build()
                : ConventionsFile.engine(config == null ? Conventions.defaults() : ConventionsFile.load(config), customRules);
        List<RuleDescriptor> all = engine.rules();
        List<RuleDescriptor> rules = all;
        if (ruleId != null) {
            RuleDescriptor rule = RulePage.find(all, ruleId).orElseThrow(() -> {
                List<String> similar = RulePage.similar(all, ruleId);
                return new UserError("no rule " + ruleId + (similar.isEmpty() ? "" : " (did you mean " + String.join(", ", similar)
                        + "?)") + "; 'psdm rules' lists them all");
            });
            rules = List.of(rule);
        }
        if (config != null) {
            // issue 25 item 6: what a check with this file runs, before a report says it
            EffectiveConfig effective = EffectiveConfig.of(engine, rules);
            print(switch (format) {
                case text -> effective.text();
                case markdown -> effective.markdown();
                case json -> effective.json();
            });
            return ExitCode.OK;
        }
        String rendered = switch (format) {
            case text -> ruleId != null ? RulePage.text(rules.get(0), VersionProvider.ruleDocsUrl())
                    : RuleCatalogRenderer.text(rules);
            case markdown -> RuleCatalogRenderer.markdown(rules, VersionProvider.ruleDocsUrl());
            case json -> RuleCatalogRenderer.json(rules);
        };
        print(rendered);
        return ExitCode.OK;
    }

    private void print(String rendered) {
        spec.commandLine().getOut().print(rendered);
        spec.commandLine().getOut().flush();
    }
}
