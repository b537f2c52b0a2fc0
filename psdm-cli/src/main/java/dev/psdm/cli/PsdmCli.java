package dev.psdm.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
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
        subcommands = {CheckCommand.class, SnapshotCommand.class, BaselineCommand.class, RulesCommand.class,
                ConfigCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:no failing requirement at or above --fail-on",
                "1:a failing requirement at or above --fail-on",
                "2:the check could not run (bad input, unreachable GitLab, bad rule file)"})
public final class PsdmCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Map<String, String> env;

    PsdmCli(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    /** The environment the commands read ({@code GITLAB_TOKEN}). */
    Map<String, String> env() {
        return env;
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the CLI with the given streams and returns the exit code (used by tests and {@link #main}). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, System.getenv());
    }

    /** As {@link #run(String[], PrintWriter, PrintWriter)}, with the given environment instead of the process's. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env) {
        CommandLine cli = new CommandLine(new PsdmCli(env));
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(new ErrorHandler());
        cli.setParameterExceptionHandler(ErrorHandler::onParameterError);
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
