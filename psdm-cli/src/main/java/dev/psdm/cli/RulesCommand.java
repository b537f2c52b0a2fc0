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
        description = "Lists the PSDM rules (id, severity, applicability, title), from the rules' metadata.")
final class RulesCommand implements Callable<Integer> {

    enum Format { text, markdown, json }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default), markdown or json.")
    Format format;

    @Option(names = "--rules", paramLabel = "FILE",
            description = "Custom DRL rules to list beside the bundled ones (checked as psdm check checks them); repeatable.")
    List<Path> customRules = new ArrayList<>();

    @Option(names = {"-v", "--verbose"}, description = "Print stack traces of errors.")
    boolean verbose;

    @Override
    public Integer call() {
        List<RuleDescriptor> rules = customRules.isEmpty()
                ? PsdmEngine.builder().build().rules()
                : ConventionsFile.engine(Conventions.defaults(), customRules).rules();
        String rendered = switch (format) {
            case text -> RuleCatalogRenderer.text(rules);
            case markdown -> RuleCatalogRenderer.markdown(rules, "docs/rules/");
            case json -> RuleCatalogRenderer.json(rules);
        };
        spec.commandLine().getOut().print(rendered);
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
