package dev.psdm.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/** Runs the CLI in-process and keeps what it printed. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        return of(System.getenv(), args);
    }

    /** {@link #of(String...)} with {@code env} as the whole environment the CLI sees (tokens, for GitLab). */
    static CliRun of(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PsdmCli.run(args, new PrintWriter(out), new PrintWriter(err), env);
        ReportJsonOutputs.check(args, out.toString());
        return new CliRun(code, out.toString(), err.toString());
    }
}
