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

    /**
     * A link target inside Markdown's {@code (...)}, percent-encoded fully: a space, a parenthesis, an angle
     * bracket or a line break would end it early and let the rest of a hostile URL become Markdown (an
     * image, a heading). Every character outside the URL's own unreserved and reserved set is encoded, as
     * UTF-8; an existing {@code %XX} is kept.
     */
    static String markdownTarget(String href) {
        StringBuilder sb = new StringBuilder(href.length() + 8);
        for (byte b : href.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c > 0x20 && c < 0x7F && "()<>[]\\\"'`^{}| ".indexOf(c) < 0) {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return sb.toString();
    }
}
