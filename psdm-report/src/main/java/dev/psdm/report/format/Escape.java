package dev.psdm.report.format;

/**
 * Escaping of text taken from GitLab (issue titles, messages) for each markup the writers produce.
 * Every piece of snapshot text goes through one of these before it reaches a file.
 */
final class Escape {
    private Escape() {
    }

    /** Text and attribute values in XML and HTML: {@code & < > " '} escaped, characters XML 1.0 forbids dropped. */
    static String xml(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    if (isXmlChar(c)) {
                        sb.appendCodePoint(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    /** XML 1.0's Char production: a report with a control character in a title must still parse. */
    static boolean isXmlChar(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }

    /**
     * Inline Markdown (GitLab Flavored): characters that start formatting, links, HTML or table cells are
     * backslash-escaped, line breaks and every other control character become spaces (so a title cannot
     * end its line and start a heading, an image or raw HTML), and {@code @} before a name gets a
     * zero-width joiner, so {@code @all} in a title does not ping every member when the report is posted.
     * {@code #} is left alone on purpose: GitLab turns {@code #42} into a link to the issue.
     */
    static String markdown(String text) {
        return markdown(text, false);
    }

    /** {@link #markdown(String)}, keeping {@code @mentions} live when {@code keepMentions}. */
    static String markdown(String text, boolean keepMentions) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '~' -> sb.append('\\').append(c);
                case '\r' -> { }
                case '@' -> {
                    sb.append(c);
                    if (!keepMentions && i + 1 < text.length() && isMentionChar(text.charAt(i + 1))) {
                        sb.append('\u200D');
                    }
                }
                default -> sb.append(c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029' ? ' ' : c);
            }
        }
        return sb.toString();
    }

    private static boolean isMentionChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-';
    }

    /** Text inside a Markdown code span: no backtick to end it, no control character to end the line. */
    static String codeSpan(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '`') {
                sb.append(c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029' ? ' ' : c);
            }
        }
        return sb.toString();
    }

    /**
     * Plain text for a terminal or a CI job log: every control character (C0, DEL, C1; line breaks too)
     * and every bidirectional override becomes a visible escape ({@code \x1B}, {@code \u202E}), so a title
     * cannot move the cursor, erase lines, colour a forged verdict, start a new line ({@code section_end:}
     * of a GitLab log section) or reorder what is read. Nothing is dropped: the escape shows what was there.
     */
    static String terminal(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = c < 0x20 || (c >= 0x7F && c <= 0x9F);
            // line and paragraph separators end a line in some log viewers; bidi overrides reorder what is read
            boolean bidi = (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E'
                    || c == '\u200F' || c == '\u061C' || c == '\u2028' || c == '\u2029';
            if (!control && !bidi) {
                if (sb != null) {
                    sb.append(c);
                }
                continue;
            }
            if (sb == null) {
                sb = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            sb.append(control ? String.format(java.util.Locale.ROOT, "\\x%02X", (int) c)
                    : String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
        }
        return sb == null ? text : sb.toString();
    }
}
