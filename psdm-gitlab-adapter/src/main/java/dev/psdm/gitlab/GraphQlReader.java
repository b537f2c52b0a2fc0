package dev.psdm.gitlab;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a GraphQL connection ({@code nodes} with {@code pageInfo { hasNextPage endCursor }}) page
 * by page, 100 at a time, through {@code POST /api/graphql} (doc/api/graphql/getting_started.md).
 * Every request counts in the fetch's request budget like a REST page.
 */
final class GraphQlReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * GraphQL answered, but not with the data asked for: any {@code errors} (also beside partial
     * {@code data}), a field this GitLab lacks, no such group.
     */
    static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message, null, false, false);
        }
    }

    private final Requester requester;
    private final PageReader pages;

    GraphQlReader(Requester requester, PageReader pages) {
        this.requester = requester;
        this.pages = pages;
    }

    /**
     * All nodes of the connection at {@code path} in the answer's {@code data}.
     *
     * @param query a query taking {@code $after: String} and passing {@code first: 100, after: $after}
     */
    List<JsonNode> readAll(String resource, String query, Map<String, String> variables, String... path) {
        List<JsonNode> nodes = new ArrayList<>();
        Set<String> cursors = new HashSet<>();
        String after = null;
        while (true) {
            ObjectNode body = JSON.createObjectNode().put("query", query);
            ObjectNode vars = body.putObject("variables");
            variables.forEach(vars::put);
            if (after == null) {
                vars.putNull("after");
            } else {
                vars.put("after", after);
            }
            RawResponse response = requester.postGraphQl(body.toString());
            pages.countPage(resource);
            JsonNode connection = connection(response.body(), path);
            connection.path("nodes").forEach(nodes::add);
            JsonNode pageInfo = connection.path("pageInfo");
            if (!pageInfo.path("hasNextPage").asBoolean(false)) {
                return nodes;
            }
            after = pageInfo.path("endCursor").asText(null);
            if (after == null || !cursors.add(after)) {
                throw new Refused("GraphQL sent no new cursor for the next page of " + resource);
            }
        }
    }

    private JsonNode connection(String body, String... path) {
        return connection(body, requester.secret(), requester.graphQlUrl(), path);
    }

    /**
     * The connection at {@code path} in a GraphQL answer, or {@link Refused} with one redacted line saying
     * why: the only outcomes, whatever the body (the fuzz target {@code GraphQlReaderFuzzTest} holds it to that).
     */
    static JsonNode connection(String body, Secret secret, String graphQlUrl, String... path) {
        JsonNode answer;
        try {
            answer = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new Refused(clean(secret, "GraphQL answered something that is not JSON ("
                    + Quote.excerpt(secret, e.getOriginalMessage(), 200) + ")"));
        }
        JsonNode errors = answer == null ? null : answer.get("errors");
        if (errors != null && !errors.isNull() && !(errors.isArray() && errors.isEmpty())) {
            // GraphQL answers what it could resolve beside the errors (a partial answer): a connection
            // with some of its nodes is not the connection, so any error refuses the whole answer
            String why = errors.isArray() ? errors.get(0).path("message").asText("an error") : "an error";
            int more = errors.isArray() ? errors.size() - 1 : 0;
            throw new Refused(clean(secret, "GraphQL at " + graphQlUrl + " answered with errors: "
                    + Quote.excerpt(secret, why, 200) + (more > 0 ? " (and " + more + " more)" : "")));
        }
        JsonNode at = answer == null ? null : answer.path("data");
        for (String step : path) {
            at = at == null ? null : at.get(step);
        }
        if (at == null || at.isNull() || !at.path("nodes").isArray()) {
            throw new Refused(clean(secret, "GraphQL at " + graphQlUrl + " answered: no " + String.join(".", path)));
        }
        return at;
    }

    private static String clean(Secret secret, String message) {
        return Quote.excerpt(secret, message, Quote.MAX_MESSAGE);
    }

    /** The number at the end of a global id, {@code gid://gitlab/WorkItem/154888575} → 154888575; null if none. */
    static Long numericId(JsonNode gid) {
        if (gid == null || !gid.isTextual()) {
            return gid != null && gid.isIntegralNumber() ? gid.longValue() : null;
        }
        String s = gid.asText();
        int slash = s.lastIndexOf('/');
        String tail = slash < 0 ? s : s.substring(slash + 1);
        return tail.matches("\\d{1,18}") ? Long.parseLong(tail) : null;
    }
}
