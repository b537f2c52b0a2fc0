package dev.psdm.gitlab;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.gitlab4j.api.models.BoardList;
import org.gitlab4j.api.utils.JacksonJson;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads every page of a GitLab list, following {@link NextPage} (the {@code Link rel="next"} URL as
 * given, else {@code X-Next-Page}, else {@code X-Total-Pages}), stopping at a page met before, and parses the bodies into gitlab4j's model classes with gitlab4j's
 * own JSON configuration (snake_case, GitLab's date formats).
 */
final class PageReader {

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
    private final FetchNotices notices;
    private final Map<String, Integer> pages = new ConcurrentHashMap<>();

    PageReader(Requester requester, FetchProgress progress, FetchNotices notices) {
        this.requester = requester;
        this.progress = progress;
        this.notices = notices;
    }

    /** A page read some other way (GraphQL), counted with the resource's REST pages. */
    void countPage(String resource) {
        pages.merge(resource, 1, Integer::sum);
    }

    Map<String, Integer> pagesByResource() {
        return Map.copyOf(pages);
    }

    /** A single object ({@code GET /projects/:id}). */
    <T> T readObject(ApiRequest request, Class<T> type) {
        RawResponse response = requester.get(request, request.queryForObject());
        pages.merge(request.resource(), 1, Integer::sum);
        try {
            T value = MAPPER.readValue(response.body(), type);
            if (value == null) {
                throw new JsonProcessingException("empty body") { };
            }
            return value;
        } catch (JsonProcessingException e) {
            // fatal, and without quoting: the project's answer is the one a proxy's error page replaces
            String url = requester.url(request);
            throw new GitLabFetchException(requester.clean("unexpected answer from " + url + ": not the JSON GitLab"
                    + " sends for " + request.resource() + " (" + requester.excerpt(e.getOriginalMessage(), 200) + ")"),
                    200, url, null);
        }
    }

    /** All items of a list as gitlab4j objects (the group's projects), an item that does not map failing the read. */
    <T> List<T> readAll(ApiRequest request, Class<T> type, String keyField) {
        List<T> out = new ArrayList<>();
        for (JsonNode node : readAll(request, keyField)) {
            try {
                out.add(MAPPER.treeToValue(node, type));
            } catch (JsonProcessingException | IllegalArgumentException e) {
                throw unreadable(request, node.toString(), e.getMessage());
            }
        }
        return out;
    }

    /**
     * All items of a list, in GitLab's order, as JSON records. Items are keyed by {@code keyField}
     * so that one seen twice (offset pages shift when items are created or deleted during the read)
     * appears once, in its first place.
     *
     * @throws UnreadableAnswer a page that is not a JSON list
     */
    List<JsonNode> readAll(ApiRequest request, String keyField) {
        Map<Object, JsonNode> items = new LinkedHashMap<>();
        Set<String> asked = new HashSet<>();
        NextPage.Target target = NextPage.first(request);
        int page = 1;
        while (true) {
            asked.add(target.key());
            RawResponse response = page == 1 ? requester.get(target.request(), ApiRequest.query(target.query()))
                    : laterPage(request, target, page, items.size());
            JsonNode got = parse(response.body(), request);
            if (!got.isArray()) {
                throw unreadable(request, response.body(), "not a list");
            }
            pages.merge(request.resource(), 1, Integer::sum);
            int before = items.size();
            for (JsonNode item : got) {
                JsonNode k = item.get(keyField);
                items.putIfAbsent(k == null || k.isNull() || !k.isValueNode() ? new Object() : k.asText(), item);
            }
            progress.pageRead(request.resource(), page, NextPage.intHeader(response, "X-Total-Pages"), items.size());
            NextPage.Target next = next(response, request, page, got.size());
            if (next == null) {
                break;
            }
            if (!hasPaginationHeaders(response) && items.size() == before) {
                // no headers and nothing new: the endpoint ignores `page` (GitLab's wiki list does)
                break;
            }
            if (asked.contains(next.key())) {
                // a cursor or proxy sending us back: reading on would loop until the deadline
                notices.add(request.resource(), null, "GitLab sent page " + (page + 1) + " back to a page already"
                        + " read; stopped after " + page + (page == 1 ? " page" : " pages") + " and "
                        + items.size() + " records, so some may be missing");
                break;
            }
            target = next;
            page++;
        }
        return List.copyOf(items.values());
    }

    /**
     * Page 2 or later. A 403/404 there is no statement about the tier or the token (page 1 was read with
     * the same token): the list changed under the read or a proxy lost it, so what was read is a part of
     * an unknown whole, a read failure.
     */
    private RawResponse laterPage(ApiRequest request, NextPage.Target target, int page, int readSoFar) {
        try {
            return requester.get(target.request(), ApiRequest.query(target.query()));
        } catch (GitLabAccessException e) {
            throw e;
        } catch (GitLabFetchException e) {
            if (e.status() == 403 || e.status() == 404) {
                throw new ReadFailure(requester.clean("page " + page + " of " + request.resource() + " could not be"
                        + " read after " + readSoFar + " records (" + e.getMessage() + "): the list is incomplete"),
                        e.status(), e.url());
            }
            throw e;
        }
    }

    private NextPage.Target next(RawResponse response, ApiRequest request, int page, int itemsOnPage) {
        try {
            return NextPage.after(response, request, page, itemsOnPage, requester.apiBase());
        } catch (GitLabFetchException e) {
            // the message names the URL GitLab's Link header gave: GitLab's text, so redacted like any quote
            throw new GitLabFetchException(requester.clean(e.getMessage()), e.status(), e.url(), null);
        }
    }

    private static boolean hasPaginationHeaders(RawResponse response) {
        return response.header("X-Next-Page") != null || response.header("Link") != null
                || response.header("X-Total-Pages") != null;
    }

    private JsonNode parse(String body, ApiRequest request) {
        try {
            JsonNode value = MAPPER.readTree(body);
            if (value == null || value.isMissingNode() || value.isNull()) {
                throw unreadable(request, body, "empty body");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw unreadable(request, body, e.getOriginalMessage());
        }
    }

    /** Quotes the start of GitLab's answer: what a person needs to see why it could not be read. */
    private UnreadableAnswer unreadable(ApiRequest request, String body, String why) {
        String url = requester.url(request);
        String quoted = body == null || body.isBlank() ? "an empty body"
                : "\"" + requester.excerpt(body, Quote.BODY_EXCERPT) + "\"";
        return new UnreadableAnswer(requester.clean("unexpected answer from " + url + ": not the JSON GitLab sends for "
                + request.resource() + " (" + requester.excerpt(why, 200) + "); GitLab answered " + quoted), url);
    }
}
