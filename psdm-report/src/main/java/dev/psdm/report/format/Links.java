package dev.psdm.report.format;

import java.util.Locale;

/**
 * Links taken from snapshot data. A snapshot file can hold anything, so only http(s) URLs become
 * links: a {@code javascript:} "webUrl" must never turn into a clickable link in the HTML or
 * Markdown report.
 */
final class Links {
    private Links() {
    }

    /** True for an absolute http or https URL. */
    static boolean isWebUrl(String url) {
        if (url == null) {
            return false;
        }
        String lower = url.trim().toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://");
    }

    /** The URL when it is safe to link to; null otherwise. Relative paths (rule docs) are allowed. */
    static String safeHref(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        if (isWebUrl(url)) {
            return url.trim();
        }
        // a relative path (docs/rules/PSDM-X.md) has no scheme: no ':' before the first '/'
        int colon = url.indexOf(':');
        int slash = url.indexOf('/');
        return colon < 0 || (slash >= 0 && slash < colon) ? url.trim() : null;
    }

    /** A link target inside Markdown's {@code (...)}: spaces and parentheses would end it early. */
    static String markdownTarget(String href) {
        return href.replace(" ", "%20").replace("(", "%28").replace(")", "%29");
    }
}
