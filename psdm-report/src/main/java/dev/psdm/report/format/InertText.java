package dev.psdm.report.format;

/**
 * The escaping policy of the reports for text printed elsewhere, the CLI's standard error above all
 * (issue 22 item 8): text from GitLab (a project path in a group scan, a quoted answer) or from the
 * user's files cannot move the cursor, colour a forged verdict or reorder a line with a bidi override.
 */
public final class InertText {
    private InertText() {
    }

    /** One line for a terminal: every control (line breaks too) and invisible character as a visible escape. */
    public static String terminal(String text) {
        return Escape.terminal(text);
    }

    /** Text that may span lines on purpose: line breaks and tabs kept, every other control and invisible character escaped. */
    public static String lines(String text) {
        return text == null ? "" : Escape.plain(text);
    }
}
