package dev.psdm.cli;

import dev.psdm.engine.PsdmEngine;
import dev.psdm.model.Snapshot;
import dev.psdm.report.Report;
import dev.psdm.report.RuleDescriptor;
import dev.psdm.report.RuleResult;
import dev.psdm.report.format.ExplanationWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code psdm explain RULE [--subject KEY]}: why one rule's outcome is what it is (issue 29), from the same
 * sources and options as {@code check} (its {@link CheckInput}): the handbook sentence, what the rule looked
 * at, what it found, the settings, and what would make it pass.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Explains one rule's outcome on a project: the handbook sentence, what was looked at, what was"
                + " found, and what would make it pass.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:explained (whatever the outcome)",
                "2:unknown rule or subject (the line lists the valid ones), or the check could not run"})
final class ExplainCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RULE", description = "The rule id, e.g. PSDM-CER-001 ('psdm rules' lists them).")
    String ruleId;

    @Option(names = "--subject", paramLabel = "KEY",
            description = "Explain the outcome for one subject only: its key as the reports show it (iteration:10104, issue#42).")
    String subject;

    @Mixin
    CheckInput input;

    @Override
    public Integer call() {
        input.requireOneProject("explain is about one project: give --project (or --snapshot), not --group");
        PsdmEngine engine = input.engine();
        List<RuleDescriptor> rules = engine.rules();
        // unknown rule before the (slower) read of the snapshot
        RuleDescriptor rule = RulePage.find(rules, ruleId).orElseThrow(() -> new UserError("no rule " + ruleId.strip()
                + "; the rules are: " + String.join(", ", rules.stream().map(RuleDescriptor::id).toList())));
        Snapshot snapshot = input.loadSnapshot();
        Report report = input.evaluate(engine, snapshot);
        RuleResult result = report.result(rule.id()).orElseThrow(() -> new UserError(rule.id()
                + " did not run: the conventions switch it off (" + (input.conventionsFile() == null ? "handbook defaults"
                : input.conventionsFile()) + ")"));
        if (subject != null) {
            List<String> keys = ExplanationWriter.subjectKeys(result);
            if (!keys.contains(subject.strip())) {
                throw new UserError("no subject " + subject.strip() + " in " + rule.id() + "'s outcome; " + (keys.isEmpty()
                        ? "it has none (it is " + result.status() + ")" : "its subjects are: " + String.join(", ", keys)));
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(ExplanationWriter.render(rule, result, subject == null ? null : subject.strip()));
        out.flush();
        return ExitCode.OK;
    }
}
