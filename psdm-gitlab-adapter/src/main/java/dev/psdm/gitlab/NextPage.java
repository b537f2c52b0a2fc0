package dev.psdm.gitlab;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the next page of a list is, read from GitLab's answer (doc/api/rest/_index.md, "Pagination").
 * In order: the {@code Link: rel="next"} URL as GitLab gives it (the only way through keyset
 * pagination, whose pages have cursors, not numbers); else {@code X-Next-Page}; else a {@code Link}
 * without {@code next} is the last page; else {@code X-Total-Pages}; else, without any pagination
 * header (a proxy may strip them), a full page may have a successor.
 *
 * <p>A {@code next} URL is followed only on the host and under the API prefix psdm was given:
 * the token goes along with every request.
 */
final class NextPage {
    private static final Pattern LINK = Pattern.compile("<([^>]*)>\\s*((?:;\\s*[^;,]+)*)");
    private static final Pattern REL = Pattern.compile("rel\\s*=\\s*\"?([^\";,]+)\"?");

    /** A request to send: the endpoint and the full query, and a key that tells a page met before. */
    record Target(ApiRequest request, Map<String, String> query, String key) {
        static Target of(ApiRequest request, Map<String, String> query) {
            return new Target(request, query, String.join("/", request.path()) + "?" + new TreeMap<>(query));
        }
    }

    private NextPage() {
    }

    /** The first page of {@code request}. */
    static Target first(ApiRequest request) {
        if ("keyset".equals(request.query().get("pagination"))) {
            // keyset pages have no numbers: the first is asked without one, the rest by the Link GitLab sends
            Map<String, String> q = new LinkedHashMap<>(request.query());
            q.put("per_page", Integer.toString(ApiRequest.PER_PAGE));
            return Target.of(request, q);
        }
        return numbered(request, 1);
    }

    static Target numbered(ApiRequest request, int page) {
        Map<String, String> q = new LinkedHashMap<>(request.query());
        q.put("per_page", Integer.toString(ApiRequest.PER_PAGE));
        q.put("page", Integer.toString(page));
        return Target.of(request, q);
    }

    /**
     * The page after {@code current}, or null on the last page.
     *
     * @param original the list's first request (its query is the base of numbered pages)
     * @param page     the number of the page just read, counting from 1 (cursor pages too)
     * @throws GitLabFetchException the next URL leaves the API and no {@code X-Next-Page} offers another way
     */
    static Target after(RawResponse response, ApiRequest original, int page, int itemsOnPage, String apiBase) {
        String link = response.header("Link");
        String nextUrl = link == null ? null : relNext(link);
        GitLabFetchException outside = null;
        if (nextUrl != null) {
            try {
                return fromUrl(nextUrl, original.resource(), apiBase);
            } catch (GitLabFetchException e) {
                outside = e;
            }
        }
        Integer number = xNextPage(response, page);
        if (number != null) {
            return number > 0 ? numbered(original, number) : null;
        }
        if (outside != null) {
            throw outside;
        }
        if (link != null && !link.isEmpty()) {
            return null;
        }
        int totalPages = intHeader(response, "X-Total-Pages");
        if (totalPages > 0) {
            return page < totalPages ? numbered(original, page + 1) : null;
        }
        return itemsOnPage >= ApiRequest.PER_PAGE ? numbered(original, page + 1) : null;
    }

    /** The next page number, 0 for "the last page" (present but empty), null when not sent or unreadable. */
    private static Integer xNextPage(RawResponse response, int page) {
        String next = response.header("X-Next-Page");
        if (next == null) {
            return null;
        }
        if (next.isEmpty()) {
            return 0;
        }
        try {
            int n = Integer.parseInt(next);
            return n > page ? n : 0;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String relNext(String link) {
        Matcher m = LINK.matcher(link);
        while (m.find()) {
            Matcher rel = REL.matcher(m.group(2));
            while (rel.find()) {
                if (Arrays.asList(rel.group(1).strip().toLowerCase(Locale.ROOT).split("\\s+")).contains("next")) {
                    return m.group(1).strip();
                }
            }
        }
        return null;
    }

    /** The URL as a request, if it is on psdm's GitLab under {@code /api/v4}. */
    static Target fromUrl(String url, String resource, String apiBase) {
        URI next;
        URI base = URI.create(apiBase);
        try {
            next = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw outside(url, apiBase, "it is not a URL");
        }
        String basePath = base.getRawPath() == null ? "" : base.getRawPath();
        if (next.getScheme() == null || !next.getScheme().equalsIgnoreCase(base.getScheme())
                || next.getHost() == null || !next.getHost().equalsIgnoreCase(base.getHost())
                || port(next) != port(base) || next.getRawUserInfo() != null) {
            throw outside(url, apiBase, "it names another host");
        }
        String path = next.getRawPath() == null ? "" : next.getRawPath();
        if (!path.startsWith(basePath + "/") || climbs(path)) {
            throw outside(url, apiBase, "it is outside the API");
        }
        List<String> segments = List.of(path.substring(basePath.length() + 1).split("/"));
        Map<String, String> query = new LinkedHashMap<>();
        if (next.getRawQuery() != null) {
            for (String pair : next.getRawQuery().split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                query.put(key, value);
            }
        }
        return Target.of(new ApiRequest(resource, segments, Map.of()), query);
    }

    /**
     * Whether a path segment is, or decodes to, {@code .} or {@code ..}, or hides a separator next to
     * one: {@code %2e%2e}, {@code %2E%2E%2F}, {@code .%2e}, {@code ..%5c}, and the same encoded twice
     * ({@code %252e}). The server, or a proxy before it, decodes and normalises such a path, and the
     * request (with the token) lands outside {@code /api/v4}.
     */
    static boolean climbs(String rawPath) {
        for (String segment : rawPath.split("/", -1)) {
            String decoded = segment;
            for (int round = 0; round < 3 && decoded.indexOf('%') >= 0; round++) {
                decoded = percentDecode(decoded);
            }
            for (String part : decoded.split("[/\\\\]", -1)) {
                String p = part.strip();
                if (p.equals(".") || p.equals("..")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Percent-decoding of a path (a {@code +} stays a {@code +}); a malformed escape stays as it is. */
    private static String percentDecode(String s) {
        StringBuilder out = new StringBuilder(s.length());
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < s.length(); ) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length()
                    && Character.digit(s.charAt(i + 1), 16) >= 0 && Character.digit(s.charAt(i + 2), 16) >= 0) {
                bytes.write(Character.digit(s.charAt(i + 1), 16) * 16 + Character.digit(s.charAt(i + 2), 16));
                i += 3;
                continue;
            }
            if (bytes.size() > 0) {
                out.append(bytes.toString(StandardCharsets.UTF_8));
                bytes.reset();
            }
            out.append(c);
            i++;
        }
        if (bytes.size() > 0) {
            out.append(bytes.toString(StandardCharsets.UTF_8));
        }
        return out.toString();
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static GitLabFetchException outside(String url, String apiBase, String why) {
        // the query may carry a cursor, never a secret; still, only scheme, host and path are named
        String shown = url.split("\\?", 2)[0];
        return new GitLabFetchException("GitLab's Link header sends the next page to " + Failure.oneLine(shown)
                + ", which psdm does not follow (" + why + "; the token would go along): expected a URL under "
                + apiBase, 0, apiBase, null);
    }

    static int intHeader(RawResponse response, String name) {
        String value = response.header(name);
        if (value == null || value.isEmpty()) {
            return 0;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
