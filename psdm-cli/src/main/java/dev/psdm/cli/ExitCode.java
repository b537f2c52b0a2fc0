package dev.psdm.cli;

/** The CLI contract's exit codes. */
public final class ExitCode {
    /** No failing result at or above {@code --fail-on}. */
    public static final int OK = 0;
    /** A failing result at or above {@code --fail-on}. */
    public static final int FAILED = 1;
    /** The check could not run: bad input, unreachable GitLab, bad rule file. */
    public static final int ERROR = 2;

    private ExitCode() {
    }
}
