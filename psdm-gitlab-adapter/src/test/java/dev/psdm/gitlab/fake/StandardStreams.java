package dev.psdm.gitlab.fake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * What code printed on the process's standard output and error (loggers included), for the tests that
 * look for a token in every output: both streams go to one buffer while {@code body} runs, and are put
 * back however it ends.
 */
public final class StandardStreams {
    /** The code whose printing is captured. */
    public interface Body {
        void run() throws IOException;
    }

    private StandardStreams() {
    }

    public static String captured(Body body) throws IOException {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream both = new PrintStream(printed, true, StandardCharsets.UTF_8);
        System.setOut(both);
        System.setErr(both);
        try {
            body.run();
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        return printed.toString(StandardCharsets.UTF_8);
    }
}
