package dev.psdm.report.format;

/**
 * The HTML writers' small pieces: escaped text, safe links, badges. Every piece of snapshot text reaches
 * the page through {@link #text}; only http(s) URLs and relative paths become links ({@link Links#safeHref}).
 */
final class Html {
    private Html() {
    }

    /** Text and attribute values, escaped ({@link Escape#xml}: bidi overrides and invisible characters made visible). */
    static String text(String value) {
        return Escape.xml(value);
    }

    /**
     * A link when the URL is safe (http(s) or a relative path), the escaped text otherwise. A link inside
     * the page ({@code #...}) gets the ids' prefix so that it still finds its target in a portfolio page.
     */
    static String link(String label, String url, String idPrefix) {
        String href = Links.safeHref(url);
        if (href == null) {
            return text(label);
        }
        String attribute = Escape.xml(href);
        if (attribute.startsWith("#")) {
            attribute = "#" + idPrefix + attribute.substring(1);
        }
        return "<a href=\"" + attribute + "\">" + text(label) + "</a>";
    }

    /** A link to an element of this page. */
    static String anchor(String label, String id, String idPrefix) {
        return "<a href=\"#" + idPrefix + id + "\">" + text(label) + "</a>";
    }

    /**
     * A severity badge. A rule that passed, or did not apply, shows its severity in a neutral badge: only
     * what fails is coloured as a failure (issue 27 item 1).
     */
    static String badge(String severity, boolean failing) {
        return "<span class=\"badge " + (failing ? severity : "neutral") + "\">" + severity + "</span>";
    }

    /** A string made fit for an {@code id} attribute: letters, digits, {@code -} and {@code _}; anything else as {@code -}. */
    static String id(String value) {
        StringBuilder sb = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            sb.append(c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_') ? c : '-');
        }
        return sb.toString();
    }
}
