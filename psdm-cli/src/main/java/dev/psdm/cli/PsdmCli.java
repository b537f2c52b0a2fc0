package dev.psdm.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * {@code psdm}: checks a GitLab collaboration project against the Professional Services Delivery
 * Methodology. Exit codes: 0 nothing fails at or above {@code --fail-on}, 1 something does, 2 the
 * check could not run.
 */
@Command(name = "psdm",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Checks a GitLab collaboration project against GitLab's Professional Services Delivery Methodology (PSDM).",
        subcommands = {CheckCommand.class, PublishCommand.class, PrepareCommand.class, SnapshotCommand.class, BaselineCommand.class, RulesCommand.class,
                ExplainCommand.class,
                ConfigCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:no failing requirement at or above --fail-on",
                "1:a failing requirement at or above --fail-on",
                "2:the check could not run (bad input, unreachable GitLab, bad rule file)"})
public final class PsdmCli implements java.util.concurrent.Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Map<String, String> env;
    private final Secrets secrets;

    PsdmCli(Map<String, String> env) {
        this.env = Map.copyOf(env);
        this.secrets = Secrets.of(this.env);
    }

    /** The tokens of this run, removed from everything it prints or writes. */
    Secrets secrets() {
        return secrets;
    }

    /** The environment the commands read ({@code GITLAB_TOKEN}). */
    Map<String, String> env() {
        return env;
    }

    public static void main(String[] args) {
        // UTF-8 whatever the locale: with LANG=C the platform encoding turned every non-ASCII character
        // of a report on standard output into '?' (files were already UTF-8)
        System.exit(run(args, utf8(System.out), utf8(System.err)));
    }

    /** A writer that encodes UTF-8 onto the stream, whatever the platform's or the locale's encoding. */
    static PrintWriter utf8(OutputStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }

    /** Runs the CLI with the given streams and returns the exit code (used by tests and {@link #main}). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, System.getenv());
    }

    /** As {@link #run(String[], PrintWriter, PrintWriter)}, with the given environment instead of the process's. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env) {
        PsdmCli root = new PsdmCli(env);
        PrintWriter safeOut = new PrintWriter(new RedactingWriter(out, root.secrets), true);
        PrintWriter safeErr = new PrintWriter(new RedactingWriter(err, root.secrets), true);
        int code = run(root, args, safeOut, safeErr);
        safeOut.flush();
        safeErr.flush();
        out.flush();
        err.flush();
        return code;
    }

    private static int run(PsdmCli root, String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(root);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(new ErrorHandler());
        cli.setParameterExceptionHandler(ErrorHandler::onParameterError);
        // --format JSON as well as json, in every command (check's formats already were)
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        int code;
        try {
            code = cli.execute(args);
        } catch (Error e) {
            out.flush();
            code = FatalErrors.report(e, err, FatalErrors.verbose(args));
        }
        out.flush();
        err.flush();
        return code;
    }

    /** A bare {@code psdm}: the usage on stderr and exit 2, as picocli's and conftest's missing subcommand. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.ERROR;
    }
}
