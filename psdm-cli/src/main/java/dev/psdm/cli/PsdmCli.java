package dev.psdm.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
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
    private final Charset terminal;

    PsdmCli(Map<String, String> env) {
        this(env, StandardCharsets.UTF_8);
    }

    PsdmCli(Map<String, String> env, Charset terminal) {
        this.env = Map.copyOf(env);
        this.secrets = Secrets.of(this.env);
        this.terminal = terminal;
    }

    /**
     * What the reader's terminal or locale can show. Standard output is always encoded in UTF-8 (a report's
     * titles must survive {@code LANG=C}); this only decides whether the text report's heat map may use ✓ ✗ or
     * falls back to ASCII marks ({@code TextReportWriter.forCharset}).
     */
    Charset terminal() {
        return terminal;
    }

    /**
     * The charset the JVM found for its console and locale: {@code sun.stdout.encoding} (set on a console),
     * {@code stdout.encoding} (Java 19+), else {@code file.encoding} (on Java 17 it follows {@code LANG} and
     * {@code LC_ALL} unless set), else {@code native.encoding}; UTF-8 when none names a charset this JVM has.
     */
    static Charset localeCharset(java.util.Properties properties) {
        for (String key : java.util.List.of("sun.stdout.encoding", "stdout.encoding", "file.encoding", "native.encoding")) {
            String name = properties.getProperty(key);
            try {
                if (name != null && Charset.isSupported(name)) {
                    return Charset.forName(name);
                }
            } catch (java.nio.charset.IllegalCharsetNameException e) {
                // a malformed -Dfile.encoding: try the next one
            }
        }
        return StandardCharsets.UTF_8;
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
        System.exit(run(args, utf8(System.out), utf8(System.err), System.getenv(), localeCharset(System.getProperties())));
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
        return run(args, out, err, env, StandardCharsets.UTF_8);
    }

    /** As {@link #run(String[], PrintWriter, PrintWriter, Map)}, for a terminal that shows this charset. */
    static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env, Charset terminal) {
        PsdmCli root = new PsdmCli(env, terminal);
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
