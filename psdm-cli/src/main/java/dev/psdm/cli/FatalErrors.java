package dev.psdm.cli;

import java.io.PrintWriter;
import java.util.List;

/**
 * What the CLI says when the JVM itself gives up: an {@link OutOfMemoryError}, a
 * {@link StackOverflowError} or any other {@link Error}. Uncaught, they printed a full stack trace
 * and exited 1, which a pipeline reads as "a requirement failed": a crash taken for a compliance
 * verdict. Here they are one line and exit 2, the stack trace only with {@code --verbose}.
 */
final class FatalErrors {
    private FatalErrors() {
    }

    /** Prints the one line (and with {@code --verbose} the stack trace) and returns exit code 2. */
    static int report(Throwable error, PrintWriter err, boolean verbose) {
        String line = describe(error);
        // the hint is noise when the trace follows (issue 26 item 8)
        err.println("psdm: " + dev.psdm.report.format.InertText.lines(verbose ? line.replace(" (run with --verbose for details)", "").replace(" (run with --verbose to see where)", "") : line));
        if (verbose) {
            error.printStackTrace(err);
        }
        err.flush();
        return ExitCode.ERROR;
    }

    static String describe(Throwable error) {
        if (error instanceof OutOfMemoryError) {
            return "out of memory (this JVM's maximum heap is " + (Runtime.getRuntime().maxMemory() >> 20)
                    + " MB): the input is too large for it; run java with a larger -Xmx, e.g. JAVA_TOOL_OPTIONS=-Xmx4g";
        }
        if (error instanceof StackOverflowError) {
            return "stack overflow: a custom rule or a .psdm.yml pattern recursed too deeply on this input"
                    + " (run with --verbose to see where)";
        }
        return "internal error: " + error.getClass().getName() + (error.getMessage() == null ? "" : ": "
                + firstLine(error.getMessage())) + " (run with --verbose for details)";
    }

    /** The Error behind an exception picocli or a thread pool wrapped it in, or null. */
    static Error errorIn(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof Error error) {
                return error;
            }
        }
        return null;
    }

    static boolean verbose(String[] args) {
        return List.of(args).contains("-v") || List.of(args).contains("--verbose");
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
