package dev.psdm.gitlab;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One GitLab list or object endpoint.
 *
 * @param resource the snapshot resource it feeds ({@code issues}, ..., or {@code project})
 * @param path     path segments under {@code /api/v4}, already URL-encoded
 * @param query    query parameters besides {@code page}/{@code per_page}
 */
record ApiRequest(String resource, List<String> path, Map<String, String> query) {

    static final int PER_PAGE = 100;

    ApiRequest {
        path = List.copyOf(path);
        query = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(query));
    }

    /** For messages: the API URL without query parameters (so never anything secret). */
    String url(String apiBase) {
        return apiBase + "/" + String.join("/", path);
    }

    MultivaluedMap<String, String> queryForPage(int page) {
        MultivaluedMap<String, String> q = new MultivaluedHashMap<>();
        query.forEach(q::putSingle);
        q.putSingle("per_page", Integer.toString(PER_PAGE));
        q.putSingle("page", Integer.toString(page));
        return q;
    }

    /** A query as gitlab4j takes it. */
    static MultivaluedMap<String, String> query(Map<String, String> query) {
        MultivaluedMap<String, String> q = new MultivaluedHashMap<>();
        query.forEach(q::putSingle);
        return q;
    }

    MultivaluedMap<String, String> queryForObject() {
        MultivaluedMap<String, String> q = new MultivaluedHashMap<>();
        query.forEach(q::putSingle);
        return q;
    }

    Object[] pathArgs() {
        return path.toArray();
    }
}
