package dev.psdm.cli;

import dev.psdm.report.Report;
import dev.psdm.report.baseline.Baseline;
import dev.psdm.report.baseline.BaselineFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code psdm baseline}: records today's failing findings (rule id + subject, sorted) so that
 * {@code psdm check --baseline FILE} fails only on new ones. Run it on purpose and commit the file;
 * {@code check} never creates it.
 */
@Command(name = "baseline", mixinStandardHelpOptions = true,
        description = "Records the snapshot's failing findings in a baseline file (psdm-baseline/1) for 'psdm check --baseline'.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:the baseline was written (whatever it holds)",
                "2:it could not be written, or the run is incomplete (data failed to read: nothing is written)"})
final class BaselineCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    CheckInput input;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the baseline to FILE (atomically; e.g. psdm-baseline.json) instead of standard output.")
    Path output;

    @Override
    public Integer call() {
        input.requireOneProject("a baseline records one project: give --project, not --group");
        OutputChecks.requireSeparate(java.util.Collections.singletonList(output), input.inputs());
        Report report = input.evaluate(input.engine());
        if (report.incomplete()) {
            // issue 22 item 2: a baseline from data that failed to read would record too few findings, and
            // every finding it missed would pass as "known" later; nothing is written
            throw new UserError("no baseline recorded: the run is incomplete (failed to read "
                    + String.join(", ", report.readFailures().stream().map(dev.psdm.report.ReadFailure::resource)
                            .distinct().toList()) + "); run it again when GitLab answers");
        }
        Baseline baseline = Baseline.of(report);
        String json = BaselineFile.toJson(baseline);
        PrintWriter out = spec.commandLine().getOut();
        if (output == null) {
            out.print(json);
        } else {
            AtomicFiles.write(output, ((PsdmCli) spec.root().userObject()).secrets().redact(json));
            long rules = baseline.findings().stream().map(Baseline.Entry::ruleId).distinct().count();
            if (!input.quiet) {
                out.println("Recorded " + baseline.findings().size() + (baseline.findings().size() == 1 ? " finding" : " findings")
                        + " of " + rules + (rules == 1 ? " rule" : " rules") + " in " + output + ".");
            }
        }
        out.flush();
        return ExitCode.OK;
    }
}
