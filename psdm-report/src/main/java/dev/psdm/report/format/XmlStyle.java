package dev.psdm.report.format;

/**
 * How {@link XmlElement} writes attributes and text. Both styles give well-formed XML 1.0 with the same
 * content; they differ in bytes only, and each stays as its file has always been written:
 * <ul>
 *   <li>{@link #AS_BUILT}: the single-project JUnit file, attributes in the order the writer adds
 *       them and {@link Escape#xml} escaping;</li>
 *   <li>{@link #PORTFOLIO}: a project's suite inside the portfolio JUnit file, which was first produced
 *       by parsing the single-project file and re-serialising its suite with the JDK's XML serialiser:
 *       attributes in name order, apostrophes and quotes in text literal, line breaks and tabs in
 *       attributes normalised to spaces, {@code \r} in text to {@code \n}, characters outside the Basic
 *       Multilingual Plane in text as character references, controls and invisible characters as visible
 *       escapes (as {@link Escape#xml}), an element with empty text
 *       as {@code <x/>}. Portfolio files from one release to the next stay byte-identical.</li>
 * </ul>
 */
enum XmlStyle {
    AS_BUILT,
    PORTFOLIO;

    String attribute(String value) {
        return this == AS_BUILT ? Escape.xml(value) : normalised(value, true);
    }

    String text(String value) {
        return this == AS_BUILT ? Escape.xml(value) : normalised(value, false);
    }

    boolean sortsAttributes() {
        return this == PORTFOLIO;
    }

    /** Whether an element with empty text is written {@code <x/>} (the serialiser does) or {@code <x></x>}. */
    boolean collapsesEmptyText() {
        return this == PORTFOLIO;
    }

    /** What an XML parser reads from {@link Escape#xml}'s output, as the JDK serialiser writes it back. */
    private static String normalised(String value, boolean attribute) {
        StringBuilder sb = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            i += Character.charCount(c);
            if ((Escape.isControl(c) && c != '\t' && c != '\n' && c != '\r') || Escape.isInvisible(c)) {
                sb.append(Escape.visible(c)); // the one policy of Escape#xml (issue 22 item 8)
                continue;
            }
            if (!Escape.isXmlChar(c)) {
                continue;
            }
            if (c == '\r' && i < value.length() && value.charAt(i) == '\n') {
                continue; // a parser reads \r\n as one \n
            }
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append(attribute ? "&quot;" : "\"");
                case '\r', '\n' -> sb.append(attribute ? ' ' : '\n');
                case '\t' -> sb.append(attribute ? ' ' : '\t');
                default -> {
                    if (c >= 0x10000) {
                        sb.append("&#").append(c).append(';');
                    } else {
                        sb.appendCodePoint(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
