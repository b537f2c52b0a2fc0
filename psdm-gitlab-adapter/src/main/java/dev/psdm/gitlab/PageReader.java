package dev.psdm.gitlab;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.gitlab4j.api.models.BoardList;
import org.gitlab4j.api.utils.JacksonJson;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads every page of a GitLab list, following {@code X-Next-Page} (then {@code Link rel="next"},
 * then {@code X-Total-Pages}), and parses the bodies into gitlab4j's model classes with gitlab4j's
 * own JSON configuration (snake_case, GitLab's date formats).
 */
final class PageReader {
    private static final Pattern LINK_NEXT = Pattern.compile("<[^>]*>\\s*;\\s*rel=\"?next\"?");

    /**
     * gitlab4j 6.2.0 maps a board list's {@code limit_metric} as an Integer, but GitLab sends a
     * string ({@code "issue_count"}, {@code "all_metrics"}) on boards with WIP limits, which would
     * fail the whole page. psdm does not use it, so it is ignored.
     */
    @JsonIgnoreProperties({"limit_metric"})
    private abstract static class BoardListMixIn {
    }

    private static final ObjectMapper MAPPER = new JacksonJson().getObjectMapper().copy()
            .addMixIn(BoardList.class, BoardListMixIn.class);

    private final Requester requester;
    private final FetchProgress progress;
    private final Map<String, Integer> pages = new ConcurrentHashMap<>();

    PageReader(Requester requester, FetchProgress progress) {
        this.requester = requester;
        this.progress = progress;
    }

    Map<String, Integer> pagesByResource() {
        return Map.copyOf(pages);
    }

    /** A single object ({@code GET /projects/:id}). */
    <T> T readObject(ApiRequest request, Class<T> type) {
        RawResponse response = requester.get(request, request.queryForObject());
        pages.merge(request.resource(), 1, Integer::sum);
        return parse(response.body(), MAPPER.constructType(type), request);
    }

    /**
     * All items of a list, in GitLab's order. Items are keyed so that one seen twice (offset pages
     * shift when items are created or deleted during the read) appears once, in its first place.
     */
    <T> List<T> readAll(ApiRequest request, Class<T> type, Function<T, Object> key) {
        JavaType listType = MAPPER.getTypeFactory().constructCollectionType(List.class, type);
        Map<Object, T> items = new LinkedHashMap<>();
        int page = 1;
        while (true) {
            RawResponse response = requester.get(request, request.queryForPage(page));
            List<T> got = parse(response.body(), listType, request);
            pages.merge(request.resource(), 1, Integer::sum);
            int before = items.size();
            List<T> unkeyed = new ArrayList<>();
            for (T item : got) {
                Object k = key.apply(item);
                if (k == null) {
                    unkeyed.add(item);
                } else {
                    items.putIfAbsent(k, item);
                }
            }
            unkeyed.forEach(item -> items.put(new Object(), item));
            progress.pageRead(request.resource(), page, intHeader(response, "X-Total-Pages"), items.size());
            Integer next = nextPage(response, page, got.size());
            if (next == null) {
                break;
            }
            if (!hasPaginationHeaders(response) && items.size() == before) {
                // no headers and nothing new: the endpoint ignores `page` (GitLab's wiki list does)
                break;
            }
            page = next;
        }
        return List.copyOf(items.values());
    }

    static Integer nextPage(RawResponse response, int page, int itemsOnPage) {
        String next = response.header("X-Next-Page");
        if (next != null) {
            // present but empty on the last page
            if (next.isEmpty()) {
                return null;
            }
            try {
                int n = Integer.parseInt(next);
                return n > page ? n : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        String link = response.header("Link");
        if (link != null && !link.isEmpty()) {
            return LINK_NEXT.matcher(link).find() ? page + 1 : null;
        }
        int totalPages = intHeader(response, "X-Total-Pages");
        if (totalPages > 0) {
            return page < totalPages ? page + 1 : null;
        }
        // no pagination headers at all (a proxy may strip them): a full page may have a successor
        return itemsOnPage >= ApiRequest.PER_PAGE ? page + 1 : null;
    }

    private static boolean hasPaginationHeaders(RawResponse response) {
        return response.header("X-Next-Page") != null || response.header("Link") != null
                || response.header("X-Total-Pages") != null;
    }

    private static int intHeader(RawResponse response, String name) {
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

    private <T> T parse(String body, JavaType type, ApiRequest request) {
        try {
            T value = MAPPER.readValue(body, type);
            if (value == null) {
                throw new JsonProcessingException("empty body") { };
            }
            return value;
        } catch (JsonProcessingException e) {
            String url = requester.url(request);
            throw new GitLabFetchException(requester.clean("unexpected answer from " + url + ": not the JSON GitLab sends for "
                    + request.resource() + " (" + Failure.oneLine(e.getOriginalMessage()) + ")"), 200, url, null);
        }
    }
}
