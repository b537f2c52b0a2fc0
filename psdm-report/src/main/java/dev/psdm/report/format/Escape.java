package dev.psdm.report.format;

/**
 * Escaping of text taken from GitLab (issue titles, messages) for each markup the writers produce.
 * Every piece of snapshot text goes through one of these before it reaches a file.
 */
final class Escape {
    private Escape() {
    }

    /**
     * Text and attribute values in XML and HTML: {@code & < > " '} escaped; every other control character
     * (C0 but tab and line breaks, DEL, C1) and every invisible format character ({@link #isInvisible}: bidi
     * overrides and isolates, zero-width characters, the BOM) become a visible escape ({@code \x85},
     * <code>&#92;u202E</code>), so a title cannot mirror the rest of a finding or hide text; what XML 1.0 forbids
     * beyond that (lone surrogates, U+FFFE/U+FFFF) is dropped.
     */
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
                case '\t', '\n', '\r' -> sb.appendCodePoint(c);
                default -> {
                    if (isControl(c) || isInvisible(c)) {
                        sb.append(visible(c));
                    } else if (isXmlChar(c)) {
                        sb.appendCodePoint(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    /** C0, DEL and C1 control characters. */
    static boolean isControl(int c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F);
    }

    /**
     * Characters that change how text around them reads without showing themselves: Unicode's format
     * characters (Cf: the bidi embeddings, overrides and isolates U+202A–U+202E and U+2066–U+2069, the marks
     * U+200E, U+200F and U+061C, the zero-width U+200B–U+200D and U+2060–U+2064, the BOM U+FEFF, the tag
     * characters U+E0000–U+E007F ...) and the line and paragraph separators, which end a line in some viewers.
     */
    static boolean isInvisible(int c) {
        return Character.getType(c) == Character.FORMAT || c == 0x2028 || c == 0x2029;
    }

    /** The visible escape of one character: {@code \x1B} for a control, <code>&#92;u202E</code>, <code>&#92;u{E0041}</code>. */
    static String visible(int c) {
        if (c <= 0xFF) {
            return String.format(java.util.Locale.ROOT, "\\x%02X", c);
        }
        return c <= 0xFFFF ? String.format(java.util.Locale.ROOT, "\\u%04X", c)
                : String.format(java.util.Locale.ROOT, "\\u{%X}", c);
    }

    /**
     * Plain text inside a format that GitLab shows to people (Code Quality descriptions, SARIF messages):
     * line breaks and tabs are kept, every other control and every invisible character becomes its visible
     * escape ({@link #visible}).
     */
    static String plain(String text) {
        return text == null ? null : visibleWhere(text, c -> (isControl(c) && c != '\n' && c != '\t') || isInvisible(c));
    }

    /** The text with each character {@code escaped} picks as its {@link #visible} escape; the text itself when none. */
    private static String visibleWhere(String text, java.util.function.IntPredicate escaped) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int next = i + Character.charCount(c);
            boolean escape = escaped.test(c);
            if (escape && sb == null) {
                sb = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (sb != null) {
                if (escape) {
                    sb.append(visible(c));
                } else {
                    sb.appendCodePoint(c);
                }
            }
            i = next;
        }
        return sb == null ? text : sb.toString();
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
                default -> i = appendInline(sb, text, i) - 1;
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
            if (text.charAt(i) != '`') {
                i = appendInline(sb, text, i) - 1;
            }
        }
        return sb.toString();
    }

    /**
     * Appends the character at {@code i} as Markdown shows it safely: a control character (a line break
     * too) as a space, an invisible one as its visible escape (a bidi override would mirror the rest of the
     * comment), anything else as it is. Returns the index after it.
     */
    private static int appendInline(StringBuilder sb, String text, int i) {
        char c = text.charAt(i);
        if (isControl(c)) {
            sb.append(' ');
            return i + 1;
        }
        int cp = text.codePointAt(i);
        if (isInvisible(cp)) {
            sb.append(visible(cp));
            return i + Character.charCount(cp);
        }
        sb.append(c);
        return i + 1;
    }

    /**
     * Plain text for a terminal or a CI job log: every control character (C0, DEL, C1; line breaks too)
     * and every invisible character ({@link #isInvisible}: bidi overrides and isolates, zero-width
     * characters, the BOM) becomes a visible escape ({@code \x1B}, <code>&#92;u202E</code>), so a title
     * cannot move the cursor, erase lines, colour a forged verdict, start a new line ({@code section_end:}
     * of a GitLab log section) or reorder what is read. Nothing is dropped: the escape shows what was there.
     */
    static String terminal(String text) {
        return text == null ? "" : visibleWhere(text, c -> isControl(c) || isInvisible(c));
    }


    /**
     * A SARIF message's {@code text} (SARIF 2.1.0 §3.11.6, messages with embedded links): a literal
     * {@code [} or {@code ]} is escaped with a backslash, and so is a backslash, so that text from GitLab
     * ({@code [Approve waiver](https://evil.example/phish)}) can never become a live link in a SARIF viewer.
     */
    static String sarifMessage(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '[' || c == ']' || c == '\\') {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /**
     * Every string of a JSON document GitLab shows to people (Code Quality, SARIF) made {@linkplain #plain
     * plain}; with {@code sarif}, each {@code message.text} also escaped as {@link #sarifMessage} says.
     * One pass over the finished document, so no writer can forget a field.
     */
    static com.fasterxml.jackson.databind.JsonNode shown(com.fasterxml.jackson.databind.JsonNode node, boolean sarif) {
        if (node instanceof com.fasterxml.jackson.databind.node.ObjectNode object) {
            var names = new java.util.ArrayList<String>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                var value = object.get(name);
                if (value.isTextual()) {
                    object.put(name, plain(value.asText()));
                } else {
                    shown(value, sarif);
                    if (sarif && name.equals("message") && value instanceof com.fasterxml.jackson.databind.node.ObjectNode m
                            && m.path("text").isTextual()) {
                        m.put("text", sarifMessage(m.get("text").asText()));
                    }
                }
            }
        } else if (node instanceof com.fasterxml.jackson.databind.node.ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isTextual()) {
                    array.set(i, plain(array.get(i).asText()));
                } else {
                    shown(array.get(i), sarif);
                }
            }
        }
        return node;
    }
}
