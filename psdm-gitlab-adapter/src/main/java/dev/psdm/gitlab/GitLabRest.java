package dev.psdm.gitlab;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.gitlab4j.api.AbstractApi;
import org.gitlab4j.api.GitLabApi;
import org.gitlab4j.api.GitLabApiException;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * gitlab4j's low-level GET, which hands back the {@link Response} with its headers. The typed list
 * methods of gitlab4j hide {@code X-Next-Page}/{@code X-Total-Pages}, and
 * {@code listGroupIterations}/{@code listProjectIterations} return only the first page, so the
 * loader pages explicitly through here. Authentication, proxy, timeouts and error decoding
 * ({@link GitLabApiException} with status and headers) stay gitlab4j's.
 */
final class GitLabRest extends AbstractApi {

    GitLabRest(GitLabApi api) {
        super(api);
    }

    /** GET {@code /api/v4/<path...>}; any status but 2xx becomes a {@link GitLabApiException}. */
    Response get(MultivaluedMap<String, String> query, Object... path) throws GitLabApiException {
        return get(Response.Status.OK, query, path);
    }

    /**
     * The URL-encoded form of a project or group path as one path segment, as GitLab's docs write
     * it ({@code group%2Fsubgroup%2Fproject}). gitlab4j's own encoder also escapes {@code -}, {@code .}
     * and {@code _} ({@code %2D}...), which GitLab decodes but proxies and logs show garbled.
     */
    static String encodePathSegment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
