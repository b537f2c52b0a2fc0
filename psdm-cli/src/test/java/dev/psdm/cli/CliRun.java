package dev.psdm.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the CLI in-process and keeps what it printed. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PsdmCli.run(args, new PrintWriter(out), new PrintWriter(err));
        ReportJsonOutputs.check(args, out.toString());
        return new CliRun(code, out.toString(), err.toString());
    }
}
