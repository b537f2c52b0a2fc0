package dev.psdm.gitlab.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What GitLab documents for each request psdm sends: the query parameters of each REST endpoint and
 * the arguments of each GraphQL field, each with the doc that says so. {@link #violations} names every
 * request that carries something not listed here, so a parameter or argument GitLab does not document
 * (a typo, a name from another endpoint, an argument from a newer schema) fails the test that sent it,
 * even where the stub would have answered. Page parameters: doc/api/rest/_index.md ("Offset-based
 * pagination": {@code page}, {@code per_page}; "Keyset-based pagination": {@code pagination},
 * {@code cursor}, {@code order_by}, {@code sort}).
 */
public final class GitLabContract {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> PAGES = Set.of("page", "per_page");

    private record Endpoint(Pattern path, Set<String> parameters, String doc) {
    }

    private static final List<Endpoint> REST = List.of(
            new Endpoint(Pattern.compile("/api/v4/version"), Set.of(), "doc/api/version.md"),
            new Endpoint(Pattern.compile("/api/v4/projects/[^/]+"), Set.of(), "doc/api/projects.md (Get a single project)"),
            new Endpoint(Pattern.compile("/api/v4/projects/[^/]+/issues"), Set.of("scope", "state", "order_by", "sort",
                    "pagination", "cursor"), "doc/api/issues.md (List project issues), doc/api/rest/_index.md (keyset)"),
            new Endpoint(Pattern.compile("/api/v4/projects/[^/]+/iterations"), Set.of("state", "include_ancestors"),
                    "doc/api/iterations.md"),
            new Endpoint(Pattern.compile("/api/v4/projects/[^/]+/milestones"), Set.of("include_ancestors",
                    "include_parent_milestones"), "doc/api/milestones.md"),
            new Endpoint(Pattern.compile("/api/v4/projects/[^/]+/labels"), Set.of("include_ancestor_groups"),
                    "doc/api/labels.md"),
            new Endpoint(Pattern.compile("/api/v4/projects/[^/]+/boards"), Set.of(), "doc/api/boards.md"),
            new Endpoint(Pattern.compile("/api/v4/projects/[^/]+/wikis"), Set.of("with_content"), "doc/api/wikis.md"),
            new Endpoint(Pattern.compile("/api/v4/groups/[^/]+/epics"), Set.of("state", "include_descendant_groups",
                    "include_ancestor_groups", "order_by", "sort"), "doc/api/epics.md"),
            new Endpoint(Pattern.compile("/api/v4/groups/[^/]+/projects"), Set.of("include_subgroups", "archived",
                    "with_shared", "order_by", "sort"), "doc/api/groups.md (List projects)"));

    /**
     * GraphQL fields psdm passes arguments to, with the arguments doc/api/graphql/reference/_index.md
     * lists for them ({@code Query.group}, {@code Group.iterations}, {@code Group.workItems}) that psdm
     * may send; anything else fails.
     */
    private static final Map<String, Set<String>> GRAPHQL = Map.of(
            "group", Set.of("fullPath"),
            "iterations", Set.of("includeAncestors", "first", "after"),
            "workItems", Set.of("types", "includeAncestors", "includeDescendants", "first", "after"));
    private static final Set<String> VARIABLES = Set.of("fullPath", "after");
    private static final Pattern FIELD_ARGUMENTS = Pattern.compile("(\\w+)\\s*\\(([^)]*)\\)");
    private static final Pattern ARGUMENT_NAME = Pattern.compile("(?:^|,)\\s*(\\w+)\\s*:");

    private GitLabContract() {
    }

    /** One line per request that sends what GitLab does not document; empty when all is documented. */
    public static List<String> violations(List<LoggedRequest> requests) {
        List<String> out = new ArrayList<>();
        for (LoggedRequest r : requests) {
            String path = r.getUrl().split("\\?", 2)[0];
            if (path.equals("/api/graphql")) {
                out.addAll(graphQl(r.getBodyAsString()));
                continue;
            }
            Endpoint endpoint = REST.stream().filter(e -> e.path().matcher(path).matches()).findFirst().orElse(null);
            if (endpoint == null) {
                out.add(r.getMethod() + " " + path + ": no GitLab endpoint psdm should ask for");
                continue;
            }
            for (String name : parameters(r).keySet()) {
                if (!endpoint.parameters().contains(name) && !PAGES.contains(name)) {
                    out.add("GET " + path + " sends '" + name + "', which " + endpoint.doc() + " does not document");
                }
            }
        }
        return out;
    }

    private static Map<String, String> parameters(LoggedRequest r) {
        Map<String, String> params = new LinkedHashMap<>();
        String[] parts = r.getUrl().split("\\?", 2);
        if (parts.length == 2) {
            for (String pair : parts[1].split("&")) {
                if (!pair.isEmpty()) {
                    params.put(pair.split("=", 2)[0], pair.contains("=") ? pair.split("=", 2)[1] : "");
                }
            }
        }
        return params;
    }

    private static List<String> graphQl(String body) {
        List<String> out = new ArrayList<>();
        JsonNode request;
        try {
            request = JSON.readTree(body);
        } catch (IOException e) {
            return List.of("POST /api/graphql: the body is not JSON");
        }
        String query = request.path("query").asText("");
        Matcher m = FIELD_ARGUMENTS.matcher(query);
        while (m.find()) {
            String field = m.group(1);
            if (field.equals("query")) {
                continue; // the operation's variable definitions
            }
            Set<String> documented = GRAPHQL.get(field);
            if (documented == null) {
                out.add("POST /api/graphql passes arguments to '" + field + "', which psdm's contract does not list");
                continue;
            }
            Matcher a = ARGUMENT_NAME.matcher(m.group(2));
            while (a.find()) {
                if (!documented.contains(a.group(1))) {
                    out.add("POST /api/graphql passes '" + a.group(1) + "' to " + field + ", which"
                            + " doc/api/graphql/reference/_index.md does not document there");
                }
            }
        }
        request.path("variables").fieldNames().forEachRemaining(v -> {
            if (!VARIABLES.contains(v)) {
                out.add("POST /api/graphql sends the variable '" + v + "', which no query argument takes");
            }
        });
        return out;
    }
}
