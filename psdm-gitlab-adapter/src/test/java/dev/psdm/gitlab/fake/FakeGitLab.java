package dev.psdm.gitlab.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.common.Notifier;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * A GitLab REST API on 127.0.0.1 (WireMock, dynamic port) serving a {@link GitLabProject} the way
 * GitLab does: {@code per_page=100} pages with {@code X-Page}, {@code X-Per-Page}, {@code X-Total},
 * {@code X-Total-Pages}, {@code X-Next-Page}, {@code X-Prev-Page} and {@code Link} headers, GitLab's
 * error bodies, and an unknown route answering {@code {"error":"404 Not Found"}}. Faults (429, 5xx,
 * 403...) are layered on top per path.
 *
 * <p>Tests take it as a JUnit extension, {@link FakeGitLabExtension}; psdm-bench runs it without JUnit.
 */
public class FakeGitLab implements AutoCloseable {
    /** The list endpoints of a project, under {@code /api/v4}. */
    public enum Endpoint {
        ISSUES, ITERATIONS, MILESTONES, LABELS, EPICS, BOARDS, WIKI
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger SCENARIOS = new AtomicInteger();

    private final WireMockServer server;
    private final Map<Endpoint, Integer> pageSizes = new EnumMap<>(Endpoint.class);
    private boolean omitTotals;
    private String version = DEFAULT_VERSION;
    private final Map<Long, long[]> cadenceOfIteration = new java.util.HashMap<>();
    private final Map<Long, String> cadenceTitles = new java.util.HashMap<>();
    private final Map<Long, JsonNode> cadenceSettings = new java.util.HashMap<>();
    private final InFlight inFlight = new InFlight();

    /** What {@code GET /version} answers unless a test says otherwise: REST epics, offset pages, include_ancestors. */
    public static final String DEFAULT_VERSION = "17.5.1-ee";

    FakeGitLab() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort().notifier(new Quiet())
                .extensions(inFlight));
        server.start();
        stubUnknownRoutes();
    }

    /** GitLab's answer to an unknown route; anything a test did not expect lands here. */
    private void stubUnknownRoutes() {
        server.stubFor(any(anyUrl()).atPriority(10).willReturn(json(404, "{\"error\":\"404 Not Found\"}")));
    }

    /** Forgets all stubs, faults, page sizes and recorded requests. */
    public FakeGitLab reset() {
        server.resetAll();
        server.setGlobalFixedDelay(0);
        inFlight.reset();
        pageSizes.clear();
        omitTotals = false;
        version = DEFAULT_VERSION;
        cadenceOfIteration.clear();
        cadenceTitles.clear();
        cadenceSettings.clear();
        stubUnknownRoutes();
        return this;
    }

    public static FakeGitLab start() {
        return new FakeGitLab();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    /** The full URL of one of the project's resources on this server, as psdm's messages name it. */
    public String url(GitLabProject project, Endpoint endpoint) {
        return baseUrl() + path(project, endpoint);
    }

    public int port() {
        return server.port();
    }

    public WireMockServer server() {
        return server;
    }

    /**
     * Serve this endpoint in pages of {@code size} whatever {@code per_page} says (GitLab's own
     * default is 20: what gitlab4j's iteration methods get). Call before {@link #serve}.
     */
    public FakeGitLab pageSize(Endpoint endpoint, int size) {
        pageSizes.put(endpoint, size);
        return this;
    }

    /** Leave out {@code X-Total}, {@code X-Total-Pages} and {@code rel="last"}, as GitLab does past 10,000 items. */
    public FakeGitLab omitTotals() {
        this.omitTotals = true;
        return this;
    }

    /** What {@code GET /version} answers (doc/api/version.md); null: 404, as behind a proxy that blocks it. */
    public FakeGitLab version(String value) {
        this.version = value;
        return this;
    }

    /** Puts an iteration in a cadence for GraphQL's {@code iterationCadence}; by default all are in cadence 1. */
    public FakeGitLab cadence(long iterationId, long cadenceId, String title) {
        cadenceOfIteration.put(iterationId, new long[] {cadenceId});
        cadenceTitles.put(cadenceId, title);
        return this;
    }

    /**
     * The cadence's settings GraphQL answers ({@code IterationCadence.durationInWeeks: Int} and
     * {@code automatic: Boolean}, doc/api/graphql/reference/_index.md); unset, the fake sends neither.
     */
    public FakeGitLab cadenceSettings(long cadenceId, Integer durationInWeeks, Boolean automatic) {
        ObjectNode settings = JSON.createObjectNode();
        if (durationInWeeks != null) {
            settings.put("durationInWeeks", durationInWeeks);
        }
        if (automatic != null) {
            settings.put("automatic", automatic);
        }
        cadenceSettings.put(cadenceId, settings);
        return this;
    }

    /** Serves the project under its numeric id and under its URL-encoded path. */
    public FakeGitLab serve(GitLabProject p) {
        String encodedPath = p.path().replace("/", "%2F");
        server.stubFor(get(urlPathEqualTo("/api/v4/projects/" + encodedPath)).willReturn(json(200, p.project().toString())));
        server.stubFor(get(urlPathEqualTo("/api/v4/projects/" + p.id())).willReturn(json(200, p.project().toString())));
        String base = "/api/v4/projects/" + p.id();
        stubList(Endpoint.ISSUES, base + "/issues", p.issues(), true);
        stubList(Endpoint.ITERATIONS, base + "/iterations", p.iterations(), true);
        stubList(Endpoint.MILESTONES, base + "/milestones", p.milestones(), true);
        stubList(Endpoint.LABELS, base + "/labels", p.labels(), true);
        stubList(Endpoint.EPICS, "/api/v4/groups/" + p.groupId() + "/epics", p.epics(), true);
        stubList(Endpoint.BOARDS, base + "/boards", p.boards(), true);
        // the wiki list is not paginated: all pages, no pagination headers
        stubList(Endpoint.WIKI, base + "/wikis", p.wikiPages(), false);
        if (version != null) {
            server.stubFor(get(urlPathEqualTo("/api/v4/version")).willReturn(json(200,
                    JSON.createObjectNode().put("version", version).put("revision", "4e963fe").toString())));
        }
        stubGraphQl(p);
        return this;
    }

    /**
     * {@code POST /api/graphql} for the two queries psdm sends, in the shapes of GitLab's GraphQL docs
     * (doc/api/graphql/epic_work_items_api_migration_guide.md: global ids {@code gid://gitlab/WorkItem/N},
     * iids as strings, {@code state} OPEN/CLOSED). One page each: the tests stay under 100 items.
     */
    private void stubGraphQl(GitLabProject p) {
        ArrayNode iterations = JSON.createArrayNode();
        for (JsonNode it : p.iterations()) {
            long id = it.get("id").asLong();
            long cadence = cadenceOfIteration.getOrDefault(id, new long[] {1})[0];
            ObjectNode node = iterationNode(it, cadence, cadenceTitles.getOrDefault(cadence, "Sprints"));
            if (cadenceSettings.containsKey(cadence)) {
                ((ObjectNode) node.get("iterationCadence")).setAll((ObjectNode) cadenceSettings.get(cadence));
            }
            iterations.add(node);
        }
        String groupPath = p.project().path("namespace").path("full_path").asText();
        server.stubFor(graphQl(groupPath, "iterations", "includeAncestors: true")
                .willReturn(json(200, connection("iterations", iterations))));
        ArrayNode epics = JSON.createArrayNode();
        for (JsonNode e : p.epics()) {
            ObjectNode node = epics.addObject().put("id", "gid://gitlab/WorkItem/" + (900_000 + e.path("id").asLong()))
                    .put("iid", e.path("iid").asText()).put("title", e.path("title").asText())
                    .put("state", "closed".equals(e.path("state").asText()) ? "CLOSED" : "OPEN")
                    .put("webUrl", e.path("web_url").asText());
            ObjectNode namespace = node.putObject("namespace").put("id", "gid://gitlab/Group/" + e.path("group_id").asLong());
            if (e.path("group_id").asLong() == p.groupId()) {
                namespace.put("fullPath", groupPath); // Namespace.fullPath; other groups' paths the fake does not know
            }
            ArrayNode widgets = node.putArray("widgets");
            widgets.addObject();
            ArrayNode labels = widgets.addObject().putObject("labels").putArray("nodes");
            e.path("labels").forEach(l -> labels.addObject().put("title", l.asText()));
        }
        server.stubFor(graphQl(groupPath, "workItems", "types: [EPIC]", "includeAncestors: true",
                "includeDescendants: true").willReturn(json(200, connection("workItems", epics))));
    }

    /**
     * {@code POST /api/graphql} for one query: matched by JSON path on the body
     * (doc/api/graphql/getting_started.md: {@code {"query": ..., "variables": ...}}), on the group it asks
     * ({@code group(fullPath: $fullPath)} with {@code variables.fullPath}), the connection and each
     * argument psdm relies on, and 100 per page. Another query, group or argument gets the 404 route.
     */
    private static com.github.tomakehurst.wiremock.client.MappingBuilder graphQl(String groupPath, String field,
                                                                                   String... arguments) {
        var builder = com.github.tomakehurst.wiremock.client.WireMock.post(urlPathEqualTo("/api/graphql"))
                .withRequestBody(matchingJsonPath("$.variables.fullPath", equalTo(groupPath)))
                .withRequestBody(matchingJsonPath("$.query", matching("(?s).*\\bgroup\\(fullPath: \\$fullPath\\).*")))
                .withRequestBody(matchingJsonPath("$.query", matching("(?s).*\\b" + field + "\\([^)]*\\bfirst: 100\\b.*")));
        for (String argument : arguments) {
            builder = builder.withRequestBody(matchingJsonPath("$.query", matching("(?s).*\\b" + field + "\\([^)]*"
                    + java.util.regex.Pattern.quote(argument) + ".*")));
        }
        return builder;
    }

    /**
     * GraphQL's {@code Iteration} for a REST iteration, with the fields psdm asks for
     * (doc/api/graphql/reference/_index.md, {@code Iteration}: {@code iid} an ID string, {@code startDate}
     * and {@code dueDate} of type Time, {@code iterationCadence { id title }} with a Global ID).
     */
    public static ObjectNode iterationNode(JsonNode restIteration, long cadenceId, String cadenceTitle) {
        ObjectNode node = JSON.createObjectNode().put("iid", restIteration.path("iid").asText())
                .put("startDate", restIteration.path("start_date").asText() + "T00:00:00Z")
                .put("dueDate", restIteration.path("due_date").asText() + "T00:00:00Z");
        node.putObject("iterationCadence").put("id", "gid://gitlab/Iterations::Cadence/" + cadenceId)
                .put("title", cadenceTitle);
        return node;
    }

    private static String connection(String field, ArrayNode nodes) {
        ObjectNode answer = JSON.createObjectNode();
        ObjectNode connection = answer.putObject("data").putObject("group").putObject(field);
        connection.putObject("pageInfo").put("hasNextPage", false).putNull("endCursor");
        connection.set("nodes", nodes);
        return answer.toString();
    }

    /**
     * Serves {@code GET /groups/:path/projects} (URL-encoded path) as GitLab does with
     * {@code include_subgroups=true&archived=false&with_shared=false}: the projects given, in pages of
     * 100, archived ones left out. A request without those parameters gets the unknown-route 404.
     */
    public FakeGitLab serveGroup(String groupPath, List<GitLabProject> projects) {
        List<JsonNode> listed = new ArrayList<>();
        for (GitLabProject p : projects) {
            if (!p.project().path("archived").asBoolean(false)) {
                listed.add(p.project());
            }
        }
        listed.sort(java.util.Comparator.comparing(n -> n.get("path_with_namespace").asText()));
        String path = "/api/v4/groups/" + groupPath.replace("/", "%2F") + "/projects";
        int total = listed.size();
        int pages = Math.max(1, (total + 99) / 100);
        for (int page = 1; page <= pages; page++) {
            List<JsonNode> slice = listed.subList(Math.min(total, (page - 1) * 100), Math.min(total, page * 100));
            server.stubFor(get(urlPathEqualTo(path))
                    .withQueryParam("include_subgroups", equalTo("true"))
                    .withQueryParam("archived", equalTo("false"))
                    .withQueryParam("with_shared", equalTo("false"))
                    .withQueryParam("per_page", equalTo("100"))
                    .withQueryParam("page", equalTo(Integer.toString(page)))
                    .willReturn(json(200, array(slice))
                            .withHeader("X-Page", Integer.toString(page))
                            .withHeader("X-Per-Page", "100")
                            .withHeader("X-Total", Integer.toString(total))
                            .withHeader("X-Total-Pages", Integer.toString(pages))
                            .withHeader("X-Next-Page", page < pages ? Integer.toString(page + 1) : "")
                            .withHeader("X-Prev-Page", page > 1 ? Integer.toString(page - 1) : "")
                            // link() formats the URL with String.format: escape the %2F of the path
                            .withHeader("Link", link(path.replace("%", "%%"),
                                    "include_subgroups=true&archived=false&with_shared=false&order_by=path&sort=asc&",
                                    page, pages, 100))));
        }
        return this;
    }

    /** The API path of an endpoint of the project, e.g. {@code /api/v4/projects/3/issues}. */
    public static String path(GitLabProject p, Endpoint endpoint) {
        String base = "/api/v4/projects/" + p.id();
        return switch (endpoint) {
            case ISSUES -> base + "/issues";
            case ITERATIONS -> base + "/iterations";
            case MILESTONES -> base + "/milestones";
            case LABELS -> base + "/labels";
            case EPICS -> "/api/v4/groups/" + p.groupId() + "/epics";
            case BOARDS -> base + "/boards";
            case WIKI -> base + "/wikis";
        };
    }

    private void stubList(Endpoint endpoint, String path, List<JsonNode> items, boolean paginated) {
        if (!paginated) {
            server.stubFor(get(urlPathEqualTo(path)).willReturn(json(200, array(items))));
            return;
        }
        int size = Math.min(100, pageSizes.getOrDefault(endpoint, 100));
        int total = items.size();
        int pages = Math.max(1, (total + size - 1) / size);
        for (int page = 1; page <= pages; page++) {
            List<JsonNode> slice = items.subList(Math.min(total, (page - 1) * size), Math.min(total, page * size));
            ResponseDefinitionBuilder response = json(200, array(slice))
                    .withHeader("X-Page", Integer.toString(page))
                    .withHeader("X-Per-Page", Integer.toString(size))
                    .withHeader("X-Next-Page", page < pages ? Integer.toString(page + 1) : "")
                    .withHeader("X-Prev-Page", page > 1 ? Integer.toString(page - 1) : "")
                    .withHeader("Link", link(path, echoedQuery(endpoint), page, pages, size));
            if (!omitTotals) {
                response = response.withHeader("X-Total", Integer.toString(total))
                        .withHeader("X-Total-Pages", Integer.toString(pages));
            }
            // the client must ask for per_page=100 and the documented parameters psdm relies on; anything
            // else falls through to the 404 route
            server.stubFor(withRequired(endpoint, get(urlPathEqualTo(path))
                    .withQueryParam("per_page", equalTo("100"))
                    .withQueryParam("page", equalTo(Integer.toString(page))))
                    .willReturn(response));
            if (page == 1) {
                // no page at all is page 1 (what a keyset list's first request looks like)
                server.stubFor(withRequired(endpoint, get(urlPathEqualTo(path))
                        .withQueryParam("per_page", equalTo("100"))
                        .withQueryParam("page", com.github.tomakehurst.wiremock.client.WireMock.absent()))
                        .willReturn(response));
            }
        }
    }

    /**
     * The documented parameters without which the list is not the one psdm needs: {@code scope=all}
     * and {@code state=all} on issues (doc/api/issues.md: the default state is all only for
     * {@code /projects/:id/issues}), {@code state=all} and {@code include_ancestors=true} on iterations
     * (doc/api/iterations.md), {@code include_ancestor_groups=true} on labels (doc/api/labels.md),
     * {@code state=all}, {@code include_ancestor_groups=true} and {@code include_descendant_groups=true}
     * on epics (doc/api/epics.md: the ancestors' default is false). Milestones depend on the version
     * (InstanceVersionTest).
     */
    private static com.github.tomakehurst.wiremock.client.MappingBuilder withRequired(
            Endpoint endpoint, com.github.tomakehurst.wiremock.client.MappingBuilder builder) {
        Map<String, String> required = switch (endpoint) {
            case ISSUES -> Map.of("scope", "all", "state", "all", "order_by", "created_at", "sort", "asc");
            case ITERATIONS -> Map.of("state", "all", "include_ancestors", "true");
            case LABELS -> Map.of("include_ancestor_groups", "true");
            case EPICS -> Map.of("state", "all", "include_ancestor_groups", "true", "include_descendant_groups", "true");
            default -> Map.of();
        };
        for (Map.Entry<String, String> p : required.entrySet()) {
            builder = builder.withQueryParam(p.getKey(), equalTo(p.getValue()));
        }
        return builder;
    }

    /**
     * GitLab's {@code Link} URLs repeat the request's other parameters; these are the ones psdm sends
     * to each endpoint, so that following a link as given asks for the same list.
     */
    private static String echoedQuery(Endpoint endpoint) {
        return switch (endpoint) {
            case ISSUES -> "scope=all&state=all&order_by=created_at&sort=asc&";
            case ITERATIONS -> "state=all&include_ancestors=true&";
            case MILESTONES -> "include_ancestors=true&";
            case LABELS -> "include_ancestor_groups=true&";
            case EPICS -> "state=all&include_descendant_groups=true&include_ancestor_groups=true&order_by=created_at"
                    + "&sort=asc&";
            case BOARDS, WIKI -> "";
        };
    }

    private String link(String path, int page, int pages, int size) {
        return link(path, "", page, pages, size);
    }

    private String link(String path, String echoed, int page, int pages, int size) {
        // GitLab echoes the per_page it was asked for (100), even where it serves fewer (a test's page size)
        String url = baseUrl() + path + "?" + echoed + "page=%d&per_page=100";
        List<String> parts = new ArrayList<>();
        if (page > 1) {
            parts.add("<" + String.format(url, page - 1) + ">; rel=\"prev\"");
        }
        if (page < pages) {
            parts.add("<" + String.format(url, page + 1) + ">; rel=\"next\"");
        }
        parts.add("<" + String.format(url, 1) + ">; rel=\"first\"");
        if (!omitTotals) {
            parts.add("<" + String.format(url, pages) + ">; rel=\"last\"");
        }
        return String.join(", ", parts);
    }

    /** Every request to {@code path} (any page) gets this answer. */
    public FakeGitLab failAlways(String path, ResponseDefinitionBuilder response) {
        server.stubFor(get(urlPathEqualTo(path)).atPriority(1).willReturn(response));
        return this;
    }

    /** The first requests to {@code path} get these answers, in order; later ones the normal answer. */
    public FakeGitLab failFirst(String path, ResponseDefinitionBuilder... responses) {
        String scenario = "faults-" + SCENARIOS.incrementAndGet();
        for (int i = 0; i < responses.length; i++) {
            server.stubFor(get(urlPathEqualTo(path)).atPriority(1)
                    .inScenario(scenario)
                    .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "after-" + i)
                    .willSetStateTo("after-" + (i + 1))
                    .willReturn(responses[i]));
        }
        return this;
    }

    // --- GitLab's answers (bodies from error-bodies.json) ---

    public static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    /** {@code {"message":"401 Unauthorized"}} and friends. */
    public static ResponseDefinitionBuilder error(int status, String message) {
        return json(status, JSON.createObjectNode().put("message", message).toString());
    }

    /** GitLab's throttle answer: plain-text "Retry later" with the RateLimit-* headers. */
    public static ResponseDefinitionBuilder rateLimited(int retryAfterSeconds) {
        return aResponse().withStatus(429).withHeader("Content-Type", "text/plain")
                .withHeader("RateLimit-Limit", "60")
                .withHeader("RateLimit-Name", "throttle_authenticated_api")
                .withHeader("RateLimit-Observed", "67")
                .withHeader("RateLimit-Remaining", "0")
                .withHeader("RateLimit-Reset", "1609844400")
                .withHeader("RateLimit-ResetTime", "Tue, 05 Jan 2021 11:00:00 GMT")
                .withHeader("Retry-After", Integer.toString(retryAfterSeconds))
                .withBody("Retry later");
    }

    /** What the load balancer in front of GitLab sends: an HTML page, not JSON. */
    public static ResponseDefinitionBuilder badGateway() {
        return aResponse().withStatus(502).withHeader("Content-Type", "text/html")
                .withBody("<html>\n<head><title>502 Bad Gateway</title></head>\n<body><h1>502 Bad Gateway</h1></body>\n</html>\n");
    }

    public static ResponseDefinitionBuilder serverError() {
        return error(500, "500 Internal Server Error");
    }

    // --- the request journal ---

    /** All requests received, oldest first (WireMock's journal lists the newest first). */
    public List<LoggedRequest> requests() {
        List<ServeEvent> events = new ArrayList<>(server.getAllServeEvents());
        java.util.Collections.reverse(events);
        return events.stream().map(ServeEvent::getRequest).toList();
    }

    public int requestCount() {
        return server.getAllServeEvents().size();
    }

    public int requestCount(String path) {
        return (int) requests().stream().filter(r -> r.getUrl().split("\\?", 2)[0].equals(path)).count();
    }

    public void resetRequests() {
        server.resetRequests();
        inFlight.reset();
    }

    /** Every answer comes this late, so that requests of concurrent readers overlap. */
    public FakeGitLab delayEveryAnswer(int millis) {
        server.setGlobalFixedDelay(millis);
        return this;
    }

    /** The most requests that were being answered at the same time since the last reset. */
    public int maxRequestsInFlight() {
        return inFlight.max.get();
    }

    /** Counts requests between arrival and the end of their answer (delays included: they are synchronous). */
    private static final class InFlight implements ServeEventListener {
        private final AtomicInteger now = new AtomicInteger();
        private final AtomicInteger max = new AtomicInteger();

        @Override
        public void beforeMatch(ServeEvent event, Parameters parameters) {
            max.accumulateAndGet(now.incrementAndGet(), Math::max);
        }

        @Override
        public void afterComplete(ServeEvent event, Parameters parameters) {
            now.decrementAndGet();
        }

        void reset() {
            max.set(now.get());
        }

        @Override
        public String getName() {
            return "psdm-in-flight";
        }
    }

    private static String array(List<JsonNode> items) {
        ArrayNode array = JSON.createArrayNode();
        items.forEach(array::add);
        return array.toString();
    }

    @Override
    public void close() {
        server.stop();
    }

    /** WireMock would print unmatched requests, headers (and so the token) included: say nothing. */
    private static final class Quiet implements Notifier {
        @Override
        public void info(String message) {
        }

        @Override
        public void error(String message) {
        }

        @Override
        public void error(String message, Throwable t) {
        }
    }
}
