package dev.psdm.cli;

import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Colour for the text report on a terminal (issue 26 item 3): status words, the gate's verdict and
 * severities, as ls, grep and git colour theirs. Decided once per run, like those tools:
 * {@code --no-color} / {@code --color=never} off; {@code --color=always} on; else {@code NO_COLOR}
 * (any non-empty value, no-color.org) off; else {@code FORCE_COLOR} (non-empty, not 0) on; else on only
 * when standard output is a terminal that is not {@code TERM=dumb}. A file, a pipe and a CI log without
 * a terminal get the plain text, byte for byte.
 *
 * <p>The colours are added to the rendered text, not to the report: every data field in it went through
 * {@code Escape.terminal} (no escape character survives), so the only escape sequences in the output are
 * these, and they are anchored at the words the text format itself writes (a line's first word, a
 * severity closing a line), never inside an issue title.
 */
final class TerminalColors {
    private static final String RESET = "\u001b[0m";
    private static final String RED = "\u001b[1;31m";
    private static final String YELLOW = "\u001b[33m";
    private static final String GREEN = "\u001b[32m";
    private static final String CYAN = "\u001b[36m";
    private static final String DIM = "\u001b[2m";

    /** A line's status word, the verdict's opening, a section heading. */
    private static final Pattern LINE_START = Pattern.compile(
            "(?m)^(FAIL|WAIVED|Gate failed|Gate passed|Incomplete:|Not evaluated:|Not applicable:|Passed:|Failed:|Waived:)");
    /** A severity that closes a rule's heading or a finding: "  [ERROR]", " [WARNING]". */
    private static final Pattern SEVERITY = Pattern.compile("(?m) \\[(ERROR|WARNING|INFO)\\]$");

    enum When { AUTO, ALWAYS, NEVER }

    /** The options, mixed into the commands that print a report. */
    static final class Options {
        @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
                description = "Colour the text report: auto (default: only on a terminal, and not when NO_COLOR is set;"
                        + " FORCE_COLOR forces it), always or never.")
        When when = When.AUTO;

        @Option(names = "--no-color", description = "No colour (the same as --color=never).")
        boolean noColor;

        /** Whether this run colours its standard output. */
        boolean enabled(Map<String, String> env) {
            if (noColor || when == When.NEVER) {
                return false;
            }
            if (when == When.ALWAYS) {
                return true;
            }
            if (!env.getOrDefault("NO_COLOR", "").isEmpty()) {
                return false;
            }
            String force = env.getOrDefault("FORCE_COLOR", "");
            if (!force.isEmpty() && !force.equals("0") && !force.equalsIgnoreCase("false")) {
                return true;
            }
            return !"dumb".equals(env.get("TERM")) && stdoutIsTerminal();
        }
    }

    private TerminalColors() {
    }

    /** The text report with its status words and severities coloured. */
    static String colour(String text) {
        StringBuilder out = new StringBuilder(text.length() + 256);
        Matcher start = LINE_START.matcher(text);
        int at = 0;
        while (start.find()) {
            out.append(text, at, start.start()).append(colourOf(start.group(1))).append(start.group(1)).append(RESET);
            at = start.end();
        }
        out.append(text, at, text.length());
        return SEVERITY.matcher(out).replaceAll(m -> " " + colourOf(m.group(1)) + "[" + m.group(1) + "]" + RESET);
    }

    private static String colourOf(String word) {
        return switch (word) {
            case "FAIL", "Gate failed", "Failed:", "ERROR" -> RED;
            case "WARNING", "Incomplete:", "Not evaluated:" -> YELLOW;
            case "Gate passed", "Passed:" -> GREEN;
            case "INFO", "WAIVED", "Waived:" -> CYAN;
            default -> DIM;
        };
    }

    /**
     * Standard output is a terminal. On Linux the JVM's {@code System.console()} needs standard input to be
     * one too ({@code psdm check --snapshot - < s.json} on a terminal is still a terminal), so the file
     * descriptor's target is asked; elsewhere the console is the best the JVM offers.
     */
    static boolean stdoutIsTerminal() {
        Path fd = Path.of("/proc/self/fd/1");
        try {
            if (Files.exists(fd)) {
                String target = Files.readSymbolicLink(fd).toString().toLowerCase(Locale.ROOT);
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
            // fall through to the console
        }
        return System.console() != null;
    }
}
