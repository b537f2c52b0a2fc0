package dev.psdm.gitlab;

/**
 * How psdm quotes what GitLab (or the network stack) said: redact on the raw text first, then make it
 * one line, then shorten. The old order (collapse, cut at 200 characters, then redact) printed 29 of a
 * token's 31 characters when it started at character 180, and printed a token split by a line break
 * whole, with a space.
 */
final class Quote {
    /** The most any one message of the adapter holds: a net under the excerpts. */
    static final int MAX_MESSAGE = 1000;
    /** How much of a body that could not be read is shown: enough to tell a login page from a proxy's error. */
    static final int BODY_EXCERPT = 120;

    private Quote() {
    }

    /**
     * The text without any token (ours, matched across inserted whitespace and control characters, and
     * anything shaped like a GitLab token), on one line, at most {@code max} characters.
     */
    static String excerpt(Secret secret, String raw, int max) {
        if (raw == null) {
            return "";
        }
        String redacted = secret == null ? TokenShapes.mask(raw) : secret.redact(raw);
        return shorten(oneLine(redacted), max);
    }

    /**
     * One line: every control, format (bidi overrides, zero-width characters) and line or paragraph
     * separator character becomes a space, runs of spaces one space. GitLab-shaped tokens are masked;
     * nothing is shortened (a cut before the caller's redaction would leave part of a token).
     */
    static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        String masked = TokenShapes.mask(text);
        StringBuilder out = new StringBuilder(masked.length());
        boolean space = false;
        for (int i = 0; i < masked.length(); i++) {
            char c = masked.charAt(i);
            if (isSeparator(c)) {
                space = true;
                continue;
            }
            if (space && out.length() > 0) {
                out.append(' ');
            }
            space = false;
            out.append(c);
        }
        return out.toString();
    }

    /** Whitespace, controls (C0, DEL, C1), format characters and the Unicode line and paragraph separators. */
    static boolean isSeparator(char c) {
        int type = Character.getType(c);
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || type == Character.CONTROL
                || type == Character.FORMAT || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }

    /** At most {@code max} characters, an ellipsis marking a cut; never splits a surrogate pair. */
    static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        if (max < 1) {
            return "…"; // found by QuoteFuzzTest: a zero budget read the character before the first
        }
        int end = max;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }
}
