package dev.psdm.cli;

import dev.psdm.report.format.InertText;

import dev.psdm.engine.RuleFailedException;
import dev.psdm.engine.RuleTimeoutException;
import dev.psdm.engine.conventions.PatternLimitException;
import picocli.CommandLine;

/**
 * Turns failures into the CLI contract: one line on stderr and exit 2; the stack trace only with
 * {@code --verbose}. Bugs (anything but a user error) also print their type so they can be reported.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        boolean verbose = parsed.hasMatchedOption("--verbose")
                || (parsed.subcommand() != null && parsed.subcommand().hasMatchedOption("--verbose"));
        var err = cli.getErr();
        Error fatal = FatalErrors.errorIn(e);
        if (fatal != null && !(e instanceof UserError || e instanceof RuleFailedException || e instanceof RuleTimeoutException
                || e instanceof PatternLimitException)) {
            return FatalErrors.report(fatal, err, verbose);
        }
        if (e instanceof UserError || e instanceof RuleFailedException || e instanceof RuleTimeoutException
                || e instanceof PatternLimitException) {
            // messages may quote GitLab, a file or an argument: inert on the terminal (issue 22 item 8)
            err.println("psdm: " + InertText.lines(e.getMessage()));
        } else {
            err.println("psdm: internal error: " + InertText.lines(String.valueOf(e))
                    + (verbose ? "" : " (run with --verbose for details)"));
        }
        if (verbose) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCode.ERROR;
    }

    static int onParameterError(CommandLine.ParameterException e, String[] args) {
        var cli = e.getCommandLine();
        var err = cli.getErr();
        err.println("psdm: " + InertText.lines(e.getMessage()));
        String suggestion = suggestion(e);
        if (suggestion != null) {
            err.println(suggestion);
        }
        err.println("Try '" + cli.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return ExitCode.ERROR;
    }

    /**
     * A mistyped subcommand or option gets the nearest names, as picocli's own suggestions find them
     * ({@code psdm chek} - "Did you mean: check?"); issue 26 (peer tools' habits: git, conftest).
     */
    static String suggestion(CommandLine.ParameterException e) {
        if (!(e instanceof CommandLine.UnmatchedArgumentException unmatched)) {
            return null;
        }
        java.util.List<String> names = unmatched.getSuggestions().stream().distinct().limit(3).toList();
        return names.isEmpty() ? null : "Did you mean: " + InertText.lines(String.join(" or ", names)) + "?";
    }
}
