package dev.psdm.cli;

import dev.psdm.report.format.FormatOptions;
import dev.psdm.report.format.ReportFormat;
import dev.psdm.report.format.ReportWriter;
import dev.psdm.report.format.TextReportWriter;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.Function;

/**
 * Where {@code psdm check} writes what it rendered: standard output (coloured when the terminal allows) or each
 * {@link OutputTarget}'s file, atomically and with secrets redacted.
 */
final class ReportOutputs {
    private final CommandLine.Model.CommandSpec spec;
    private final TerminalColors.Options colors;

    ReportOutputs(CommandLine.Model.CommandSpec spec, TerminalColors.Options colors) {
        this.spec = spec;
        this.colors = colors;
    }

    /**
     * The text report on standard output uses the marks the terminal can print (ASCII under {@code LANG=C}); a
     * file is UTF-8 and gets ✓ ✗.
     */
    ReportWriter writer(OutputTarget target, FormatOptions options) {
        if (target.format() == ReportFormat.TEXT && target.file() == null) {
            return TextReportWriter.forCharset(options, root().terminal());
        }
        return target.format().writer(options);
    }

    /**
     * Writes every output it can (issue 26 item 11): one unwritable file must not cost the others.
     * Each failure is one line naming its output; false when any failed (exit 2).
     */
    boolean writeAll(List<OutputTarget> targets, Function<OutputTarget, String> render) {
        PrintWriter err = spec.commandLine().getErr();
        int failed = 0;
        for (OutputTarget target : targets) {
            try {
                write(render.apply(target), target);
            } catch (UserError e) {
                failed++;
                err.println("psdm: " + e.getMessage());
            }
        }
        if (failed > 0 && targets.size() > 1) {
            err.println("psdm: " + failed + " of " + targets.size() + " outputs could not be written; the others were");
        }
        err.flush();
        return failed == 0;
    }

    /** To standard output, or atomically to the target's file. */
    private void write(String rendered, OutputTarget target) {
        if (target.file() == null) {
            PrintWriter out = spec.commandLine().getOut();
            boolean colour = target.format() == ReportFormat.TEXT && colors.enabled(root().env());
            out.print(colour ? TerminalColors.colour(rendered) : rendered);
            out.flush();
        } else {
            AtomicFiles.write(target.file(), root().secrets().redact(rendered));
        }
    }

    private PsdmCli root() {
        return (PsdmCli) spec.root().userObject();
    }
}
