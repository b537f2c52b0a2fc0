package dev.psdm.gitlab.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * A GitLab on 127.0.0.1 that remembers what is written to it (issue 30): the issues of its projects (kept apart
 * by the project in the URL; notes are kept per issue iid, as for one project) with their notes, {@code POST/PUT /projects/:id/issues}, {@code GET/POST .../notes}, the issue search by
 * description, {@code GET /users?username=}, {@code GET /personal_access_tokens/self} and the external
 * control's {@code PATCH}, whose HMAC signature it recomputes and rejects (401) when wrong. Answers start
 * from the documented objects ({@code /gitlab-api/*.json}, see WRITES.md there). It can stop answering
 * writes after N of them (a run killed half-way) and fail one write with a status.
 */
public final class FakeIssueWrites implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ISSUES = Pattern.compile("/api/v4/projects/([^/]+)/issues");
    private static final Pattern ISSUE = Pattern.compile("/api/v4/projects/([^/]+)/issues/(\\d+)");
    private static final Pattern NOTES = Pattern.compile("/api/v4/projects/([^/]+)/issues/(\\d+)/notes");
    private static final Pattern LABELS = Pattern.compile("/api/v4/projects/([^/]+)/labels");
    private static final Pattern CONTROL = Pattern.compile(
            "/api/v4/projects/([^/]+)/compliance_external_controls/(\\d+)/status");

    private final WireMockServer server;
    private final List<ObjectNode> issues = new CopyOnWriteArrayList<>();
    /** The project (as its URL names it) of each issue psdm created; a person's issue ({@link #addIssue}) is in every project. */
    private final Map<ObjectNode, String> projectOf = new java.util.IdentityHashMap<>();
    private final Map<Long, List<ObjectNode>> notes = new TreeMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<Long> requestNanos = new CopyOnWriteArrayList<>();
    private final List<String> controlStatuses = new CopyOnWriteArrayList<>();
    private final List<String> usernamesLookedUp = new CopyOnWriteArrayList<>();
    private final List<ObjectNode> labels = new CopyOnWriteArrayList<>();
    private volatile List<String> scopes = List.of("api");
    private volatile String writeToken;
    private volatile String controlSecret;
    private volatile String readsFrom;
    private volatile int writeBudget = Integer.MAX_VALUE;
    private volatile int failNextWrites;
    private volatile int failStatus;
    private volatile String failMessage;
    private long nextId = 1000;
    private volatile java.time.Instant noteTime = java.time.Instant.parse("2026-01-05T09:00:00Z");

    public FakeIssueWrites() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort().extensions(new Router()));
        server.start();
        server.stubFor(any(anyUrl()).willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse()
                .withStatus(500)));
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    /** The token's scopes as {@code GET /personal_access_tokens/self} tells them. */
    public FakeIssueWrites scopes(String... values) {
        scopes = List.of(values);
        return this;
    }

    /**
     * Only this token may write: {@code GET /personal_access_tokens/self} tells the {@code api} scope for it and
     * {@code read_api} for any other, and a write with any other token is GitLab's {@code 403 Forbidden}
     * (the {@code insufficient_scope} body of {@code doc/api/rest/authentication.md}), so a test sees which token a job used.
     */
    public FakeIssueWrites writeToken(String token) {
        writeToken = token;
        return this;
    }

    /**
     * Forwards every request it does not keep itself (the check's reads: the project, its issue pages, ...) to
     * another fake, e.g. a {@link FakeGitLab} serving a project, so one base URL serves a check and its publish.
     */
    public FakeIssueWrites readsFrom(String baseUrl) {
        readsFrom = baseUrl;
        return this;
    }

    /** The shared secret of the external control; signatures made with any other are rejected. */
    public FakeIssueWrites controlSecret(String secret) {
        controlSecret = secret;
        return this;
    }

    /** Answers no write after the first {@code n} (the connection reset, as when a run is killed). */
    public FakeIssueWrites writeBudget(int n) {
        writeBudget = n;
        return this;
    }

    /** The next {@code count} writes fail with {@code status} (429 carries {@code Retry-After: 1}). */
    public FakeIssueWrites failNextWrites(int count, int status) {
        return failNextWrites(count, status, Integer.toString(status));
    }

    /** As {@link #failNextWrites(int, int)}, GitLab's {@code message} saying {@code message} (a server echoing headers). */
    public FakeIssueWrites failNextWrites(int count, int status, String message) {
        failNextWrites = count;
        failStatus = status;
        failMessage = message;
        return this;
    }

    /** An issue a person made, as GitLab would list it. */
    public synchronized ObjectNode addIssue(String title, String description, String... labels) {
        ObjectNode issue = newIssue(title, description);
        ArrayNode names = issue.putArray("labels");
        Arrays.stream(labels).forEach(names::add);
        issues.add(issue);
        return issue;
    }

    /** When the notes written from now on are created, as GitLab's {@code created_at} says. */
    public FakeIssueWrites noteTime(java.time.Instant at) {
        noteTime = at;
        return this;
    }

    /** A note a person wrote on issue {@code iid}. */
    public synchronized ObjectNode addNote(long iid, String body) {
        ObjectNode note = GitLabFixtures.template("note");
        note.put("id", nextId++).put("body", body).put("system", false).put("noteable_iid", iid)
                .put("created_at", noteTime.toString());
        notes.computeIfAbsent(iid, k -> new ArrayList<>()).add(note);
        return note;
    }

    /** The labels created with {@code POST /projects/:id/labels}. */
    public List<ObjectNode> labels() {
        return List.copyOf(labels);
    }

    public List<ObjectNode> issues() {
        return List.copyOf(issues);
    }

    /** The issues created in one project, named as in the request's URL ({@code 5}, {@code group%2Fproject}). */
    public synchronized List<ObjectNode> issues(String project) {
        return issues.stream().filter(i -> in(i, project)).toList();
    }

    private boolean in(ObjectNode issue, String project) {
        String of = projectOf.get(issue);
        return of == null || of.equals(project);
    }

    public synchronized List<ObjectNode> notes(long iid) {
        return List.copyOf(notes.getOrDefault(iid, List.of()));
    }

    /** {@code METHOD /path} of every request, in order. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    /** Requests that write: every one but GETs and GraphQL queries (reads sent as {@code POST /api/graphql}). */
    public long writes() {
        return requests.stream().filter(r -> !r.startsWith("GET ") && !r.equals("POST /api/graphql")).count();
    }

    /** The usernames looked up with {@code GET /users?username=}, in order: whom a run assigned. */
    public List<String> usernamesLookedUp() {
        return List.copyOf(usernamesLookedUp);
    }

    public List<String> controlStatuses() {
        return List.copyOf(controlStatuses);
    }

    /** When each request of {@link #requests()} arrived, {@link System#nanoTime()}: how a paced run spread them. */
    public List<Long> requestNanos() {
        return List.copyOf(requestNanos);
    }

    public void resetRequests() {
        requests.clear();
        requestNanos.clear();
    }

    /** The issues and notes as comparable text: what two runs must agree on. */
    public synchronized String state() {
        StringBuilder out = new StringBuilder();
        for (ObjectNode issue : issues) {
            long iid = issue.path("iid").asLong();
            out.append('#').append(iid).append(' ').append(issue.path("title").asText()).append(' ')
                    .append(issue.path("labels")).append('\n').append(issue.path("description").asText()).append('\n');
            for (ObjectNode note : notes.getOrDefault(iid, List.of())) {
                out.append("  note: ").append(note.path("body").asText()).append('\n');
            }
        }
        return out.toString();
    }

    private ObjectNode newIssue(String title, String description) {
        return newIssue(title, description, issues.size() + 1);
    }

    private ObjectNode newIssue(String title, String description, long iid) {
        ObjectNode issue = GitLabFixtures.template("issue");
        issue.put("id", nextId++).put("iid", iid).put("project_id", 5).put("title", title)
                .put("description", description).put("state", "opened")
                .put("web_url", "http://127.0.0.1/group/project/-/issues/" + iid);
        issue.putArray("assignees");
        issue.putNull("assignee");
        return issue;
    }

    private final class Router implements ResponseDefinitionTransformerV2 {
        @Override
        public ResponseDefinition transform(ServeEvent event) {
            Request request = event.getRequest();
            String method = request.getMethod().getName();
            String path = request.getUrl().replaceAll("\\?.*", "");
            requests.add(method + " " + path);
            requestNanos.add(System.nanoTime());
            try {
                synchronized (FakeIssueWrites.this) {
                    boolean writer = writeToken == null || writeToken.equals(request.getHeader("PRIVATE-TOKEN"));
                    if (!method.equals("GET") && !path.equals("/api/graphql") && !writer) {
                        return answer(403, "{\"error\":\"insufficient_scope\",\"error_description\":\"The request"
                                + " requires higher privileges than provided by the access token.\",\"scope\":\"api\"}",
                                Map.of());
                    }
                    if (!method.equals("GET") && !path.equals("/api/graphql")) {
                        if (writeBudget <= 0) {
                            return new com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder()
                                    .withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER).build();
                        }
                        writeBudget--;
                        if (failNextWrites > 0) {
                            failNextWrites--;
                            return answer(failStatus, JSON.createObjectNode().put("message", failMessage).toString(),
                                    failStatus == 429 ? Map.of("Retry-After", "1") : Map.of());
                        }
                    }
                        return route(method, path, request, writer);
                }
            } catch (Exception e) {
                return answer(500, "{\"message\":\"500 Internal Server Error\"}", Map.of());
            }
        }

        private ResponseDefinition route(String method, String path, Request request, boolean writer) throws Exception {
            Matcher m;
            if (method.equals("GET") && path.equals("/api/v4/personal_access_tokens/self")) {
                ObjectNode token = GitLabFixtures.template("personal-access-token");
                ArrayNode list = token.putArray("scopes");
                (writer ? scopes : List.of("read_api")).forEach(list::add);
                return ok(token);
            }
            if (method.equals("GET") && path.equals("/api/v4/users")) {
                String username = request.queryParameter("username").firstValue();
                usernamesLookedUp.add(username);
                ArrayNode users = JSON.createArrayNode();
                if (!username.equals("nobody")) {
                    users.addObject().put("id", 77).put("username", username).put("name", username)
                            .put("state", "active").putNull("avatar_url")
                            .put("web_url", "http://127.0.0.1/" + username);
                }
                return ok(users);
            }
            if ((m = NOTES.matcher(path)).matches()) {
                long iid = Long.parseLong(m.group(2));
                if (method.equals("GET")) {
                    ArrayNode list = JSON.createArrayNode();
                    List<ObjectNode> all = new ArrayList<>(notes.getOrDefault(iid, List.of()));
                    java.util.Collections.reverse(all); // sort=desc
                    all.forEach(list::add);
                    return ok(list);
                }
                if (method.equals("POST")) {
                    ObjectNode note = addNote(iid, body(request).path("body").asText());
                    return answer(201, JSON.writeValueAsString(note), Map.of());
                }
            }
            if ((m = ISSUE.matcher(path)).matches() && method.equals("PUT")) {
                long iid = Long.parseLong(m.group(2));
                String project = m.group(1);
                ObjectNode issue = issues.stream().filter(i -> i.path("iid").asLong() == iid && in(i, project))
                        .findFirst().orElse(null);
                if (issue == null) {
                    return answer(404, "{\"message\":\"404 Not found\"}", Map.of());
                }
                JsonNode body = body(request);
                if (body.has("description")) {
                    issue.put("description", body.path("description").asText());
                }
                Set<String> labels = new LinkedHashSet<>();
                issue.path("labels").forEach(l -> labels.add(l.asText()));
                split(body.path("add_labels").asText("")).forEach(labels::add);
                split(body.path("remove_labels").asText("")).forEach(labels::remove);
                ArrayNode names = issue.putArray("labels");
                labels.forEach(names::add);
                return ok(issue);
            }
            if ((m = ISSUES.matcher(path)).matches()) {
                if (method.equals("GET") && request.queryParameter("search").isPresent()) {
                    String search = request.queryParameter("search").firstValue();
                    ArrayNode list = JSON.createArrayNode();
                    String project = m.group(1);
                    issues.stream().filter(i -> in(i, project) && i.path("description").asText("").contains(search))
                            .forEach(list::add);
                    return ok(list);
                }
                if (method.equals("POST")) {
                    JsonNode body = body(request);
                    String project = m.group(1);
                    ObjectNode issue = newIssue(body.path("title").asText(), body.path("description").asText(),
                            issues.stream().filter(i -> in(i, project)).count() + 1);
                    projectOf.put(issue, project);
                    ArrayNode names = issue.putArray("labels");
                    split(body.path("labels").asText("")).forEach(names::add);
                    issue.put("confidential", body.path("confidential").asBoolean(false));
                    if (body.hasNonNull("due_date")) {
                        issue.put("due_date", body.path("due_date").asText());
                    }
                    if (body.hasNonNull("milestone_id")) {
                        issue.putObject("milestone").put("id", body.path("milestone_id").asLong());
                    }
                    ArrayNode assignees = issue.putArray("assignees");
                    body.path("assignee_ids").forEach(id -> assignees.addObject().put("id", id.asLong())
                            .put("username", "assignee-" + id.asLong()));
                    issues.add(issue);
                    return answer(201, JSON.writeValueAsString(issue), Map.of());
                }
            }
            if ((m = LABELS.matcher(path)).matches() && method.equals("POST")) {
                // doc/api/labels.md, "Create a new label": 201 with the label; 409 when the name is taken
                JsonNode body = body(request);
                String name = body.path("name").asText();
                if (labels.stream().anyMatch(l -> l.path("name").asText().equalsIgnoreCase(name))) {
                    return answer(409, "{\"message\":\"Label already exists\"}", Map.of());
                }
                ObjectNode label = GitLabFixtures.template("label");
                label.put("id", nextId++).put("name", name).put("color", body.path("color").asText())
                        .put("description", body.path("description").asText(null)).put("open_issues_count", 0)
                        .put("closed_issues_count", 0).put("open_merge_requests_count", 0);
                labels.add(label);
                return answer(201, JSON.writeValueAsString(label), Map.of());
            }
            if ((m = CONTROL.matcher(path)).matches() && method.equals("PATCH")) {
                String status = body(request).path("status").asText();
                String data = request.getHeader("X-Gitlab-Timestamp") + request.getHeader("X-Gitlab-Nonce") + path
                        + "status=" + status;
                if (controlSecret == null || !hmac(controlSecret, data).equals(request.getHeader("X-Gitlab-Hmac-Sha256"))) {
                    return answer(401, "{\"message\":\"401 Unauthorized\"}", Map.of());
                }
                controlStatuses.add(status);
                ObjectNode answer = GitLabFixtures.template("external-control-status");
                answer.put("status", status);
                return ok(answer);
            }
            if (readsFrom != null) {
                return new com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder().proxiedFrom(readsFrom)
                        .build();
            }
            return answer(404, "{\"error\":\"404 Not Found\"}", Map.of());
        }

        @Override
        public String getName() {
            return "psdm-issue-writes";
        }
    }

    private static List<String> split(String labels) {
        return Arrays.stream(labels.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static JsonNode body(Request request) throws Exception {
        String body = request.getBodyAsString();
        return body == null || body.isEmpty() ? JSON.createObjectNode() : JSON.readTree(body);
    }

    static String hmac(String secret, String data) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
    }

    private static ResponseDefinition ok(JsonNode body) throws Exception {
        return answer(200, JSON.writeValueAsString(body), Map.of());
    }

    private static ResponseDefinition answer(int status, String body, Map<String, String> headers) {
        var builder = new com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(body);
        headers.forEach(builder::withHeader);
        return builder.build();
    }

    @Override
    public void close() {
        server.stop();
    }
}
