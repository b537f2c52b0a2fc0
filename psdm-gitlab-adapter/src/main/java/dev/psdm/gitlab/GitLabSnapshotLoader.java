package dev.psdm.gitlab;

import dev.psdm.model.DataGap;
import dev.psdm.model.Group;
import dev.psdm.model.Snapshot;
import dev.psdm.model.SnapshotBuilder;
import dev.psdm.model.Source;
import org.gitlab4j.api.GitLabApi;
import org.gitlab4j.api.GitLabApiException;
import org.gitlab4j.api.models.Namespace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

/**
 * Reads a GitLab collaboration project into a {@link Snapshot} over the REST API (gitlab4j-api).
 *
 * <pre>{@code
 * Snapshot snapshot = GitLabSnapshotLoader.builder()
 *         .baseUrl("https://gitlab.com")
 *         .project("my-group/my-project")              // or the numeric project id
 *         .token(() -> System.getenv("GITLAB_TOKEN"))   // read_api scope
 *         .build()
 *         .load();
 * }</pre>
 *
 * <p>What it reads, and how it stays cheap: the project and the instance's version (one request
 * each), then, with bounded concurrency, all issues ({@code per_page=100}, keyset pages from 18.3),
 * iterations (including the ancestor groups', with their cadences from GraphQL), milestones and
 * labels (including the ancestor groups'), the epics of the group's hierarchy (Work Items GraphQL
 * from 18.1, REST before), the boards with their lists, and the wiki pages. No request is made per
 * issue: for N issues a fetch costs {@code ceil(N/100)} issue pages plus one request per other
 * resource and page, {@code GET /version} and the cadence page included (docs/gitlab.md).
 *
 * <p>What it tolerates: a 403/404 on anything but the project, or an answer that is not a JSON
 * list, becomes a {@link DataGap} (epics need Premium, wikis may be disabled), as does a Premium
 * key absent from every issue ({@link TierGaps}), so rules that need it report NOT_EVALUATED instead
 * of passing; one unusable record is left out with a notice ({@link RecordMapper}). GitLab failing on a
 * resource past the {@link RetryPolicy}, a timeout or the fetch deadline makes that resource a
 * {@linkplain DataGap#readFailed read-failure gap} (the run is incomplete; the other resources are still
 * read). A 401, or a project that cannot be seen, throws {@link GitLabAccessException}; a project that
 * cannot be read at all, or a redirect, throws {@link GitLabFetchException}. Messages never contain the token.
 *
 * <p>A loader is immutable; each {@link #fetch()} opens its own connection pool and closes it.
 */
public final class GitLabSnapshotLoader {
    private static final Logger LOG = LoggerFactory.getLogger(GitLabSnapshotLoader.class);

    private final String baseUrl;
    private final String projectPath;
    private final Long projectId;
    private final Supplier<String> token;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final URI proxy;
    private final int concurrency;
    private final RetryPolicy retryPolicy;
    private final Clock clock;
    private final Sleeper sleeper;
    private final DoubleSupplier jitter;
    private final boolean wikiContent;
    private final FetchProgress progress;
    private final RequestPacer pacer;
    private final String iterationCadence;

    private GitLabSnapshotLoader(Builder b) {
        this.iterationCadence = b.iterationCadence;
        this.pacer = b.pacer;
        this.baseUrl = b.baseUrl;
        this.projectPath = b.projectPath;
        this.projectId = b.projectId;
        this.token = b.token;
        this.connectTimeout = b.connectTimeout;
        this.readTimeout = b.readTimeout;
        this.proxy = b.proxy;
        this.concurrency = b.concurrency;
        this.retryPolicy = b.retryPolicy;
        this.clock = b.clock;
        this.sleeper = b.sleeper;
        this.jitter = b.jitter;
        this.wikiContent = b.wikiContent;
        this.progress = b.progress;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Fetches the project and returns its snapshot. */
    public Snapshot load() {
        return fetch().snapshot();
    }

    /**
     * Fetches the project and returns its snapshot with the cost of the fetch.
     *
     * @throws GitLabAccessException 401, or the project is missing or invisible to the token
     * @throws GitLabFetchException  the project itself unreachable or failing past the retry policy, or a
     *                               redirect (any other resource failing becomes a read-failure gap)
     */
    public FetchResult fetch() {
        Instant start = clock.instant();
        return inSession(session -> {
            Snapshot snapshot = read(session, start);
            FetchStats stats = new FetchStats(session.requester().requests(), session.requester().retries(),
                    Duration.between(start, clock.instant()), session.reader().pagesByResource());
            LOG.info("Fetched {} from {}: {} issues, {} iterations, {} gaps; {}", snapshot.project().pathWithNamespace(),
                    baseUrl, snapshot.issues().size(), snapshot.iterations().size(), snapshot.gaps().size(),
                    stats.summary());
            return new FetchResult(snapshot, stats);
        });
    }

    /** One connection's worth of reading: the client, the requester (retries, deadline, pacing) and the pager. */
    private record Session(GitLabRest rest, Requester requester, PageReader reader, FetchNotices notices) {
    }

    /** Runs {@code work} with a fresh client that carries the token, and closes the client after. */
    private <T> T inSession(java.util.function.Function<Session, T> work) {
        Secret secret = new Secret(token == null ? null : token.get());
        GitLabApi api = newApi(secret);
        try {
            GitLabRest rest = new GitLabRest(api, secret);
            Requester requester = new Requester(rest, baseUrl + "/api/v4", retryPolicy, sleeper, clock, jitter, secret,
                    pacer);
            FetchNotices notices = new FetchNotices(requester);
            return work.apply(new Session(rest, requester, new PageReader(requester, progress, notices), notices));
        } finally {
            api.close();
        }
    }

    private Snapshot read(Session session, Instant fetchedAt) {
        Requester requester = session.requester();
        PageReader reader = session.reader();
        String projectSegment = projectId != null ? projectId.toString() : GitLabRest.encodePathSegment(projectPath);
        org.gitlab4j.api.models.Project glProject = readProject(reader, requester, projectSegment);
        // from here on the numeric id: shorter URLs, and immune to a rename during the fetch
        String pid = String.valueOf(glProject.getId());
        Namespace ns = glProject.getNamespace();
        boolean inGroup = ModelMapping.isGroup(ns);
        Group group = inGroup ? ModelMapping.group(ns) : null;
        InstanceVersion version = InstanceVersion.read(reader, session.notices(), requester.authenticated());
        GraphQlReader graphQl = new GraphQlReader(requester, reader);

        List<Part> parts = new ArrayList<>();
        parts.add(Part.issues(glProject, pid, version));
        parts.add(Part.reading(DataGap.ITERATIONS, new IterationsReading(pid, inGroup ? ns.getFullPath() : null,
                graphQl, session.notices())));
        parts.add(Part.of(DataGap.MILESTONES, List.of("projects", pid, "milestones"),
                // include_ancestors (GitLab 16.7+) adds the ancestor groups' milestones; before 16.7 it is
                // unknown and ignored, and the group's milestones silently go missing: the old name is
                // include_parent_milestones. They may not be combined, so one is sent (doc/api/milestones.md)
                version != null && !version.atLeast(16, 7) ? Map.of("include_parent_milestones", "true")
                        : Map.of("include_ancestors", "true"), "id"));
        parts.add(Part.of(DataGap.LABELS, List.of("projects", pid, "labels"),
                Map.of("include_ancestor_groups", "true"), "id"));
        parts.add(inGroup
                ? Part.reading(DataGap.EPICS, new EpicsReading(ns.getId(), ns.getFullPath(), version, graphQl,
                        session.notices()))
                : Part.gap(DataGap.EPICS, "the project is not in a group, and epics belong to groups"));
        parts.add(Part.of(DataGap.BOARDS, List.of("projects", pid, "boards"), Map.of(), "id"));
        parts.add(FeatureAccess.wiki(glProject) != null
                ? Part.gap(DataGap.WIKI, FeatureAccess.wiki(glProject))
                : Part.of(DataGap.WIKI, List.of("projects", pid, "wikis"),
                        wikiContent ? Map.of("with_content", "1") : Map.of(), "slug"));

        List<Object> results = runAll(parts, reader, requester);

        SnapshotBuilder builder = Snapshot.builder(ModelMapping.project(glProject), fetchedAt)
                .source(new Source(baseUrl, glProject.getPathWithNamespace(), glProject.getId(),
                        inGroup ? ns.getFullPath() : null, version == null ? null : version.text()))
                .group(group);
        return SnapshotAssembly.assemble(builder, parts, results, session.notices(), iterationCadence);
    }

    /**
     * The projects of a group and of its subgroups, archived ones left out, sorted by path. Projects
     * of other groups shared with this one are not its projects and are left out too.
     */
    List<GroupProject> readGroupProjects(String group) {
        return inSession(session -> {
            Requester requester = session.requester();
            String segment = group.matches("\\d+") ? group : GitLabRest.encodePathSegment(group);
            ApiRequest request = new ApiRequest("projects", List.of("groups", segment, "projects"),
                    orderedMap("include_subgroups", "true", "archived", "false", "with_shared", "false",
                            "order_by", "path", "sort", "asc"));
            List<org.gitlab4j.api.models.Project> listed;
            try {
                listed = session.reader().readAll(request, org.gitlab4j.api.models.Project.class, "id");
            } catch (GitLabAccessException e) {
                throw e;
            } catch (GitLabFetchException e) {
                if (e.status() == 404 || e.status() == 403) {
                    throw new GitLabAccessException(requester.clean("group '" + group + "' " + (e.status() == 404
                            ? "not found (404) at " + e.url() + ": it does not exist, or the token cannot see it"
                            : "refused (403) at " + e.url() + ": the token needs the read_api scope and access to the group")),
                            e.status(), e.url(), e);
                }
                throw e;
            }
            List<GroupProject> projects = new ArrayList<>();
            for (org.gitlab4j.api.models.Project p : listed) {
                // archived=false is a filter GitLab applies; an instance that ignores it must not sneak archived ones in
                if (!Boolean.TRUE.equals(p.getArchived())) {
                    projects.add(new GroupProject(p.getId(), p.getPathWithNamespace(), p.getName(), p.getWebUrl()));
                }
            }
            projects.sort(java.util.Comparator.comparing(GroupProject::pathWithNamespace));
            LOG.info("Listed {} projects of group {} at {} in {} requests", projects.size(), group, baseUrl,
                    requester.requests());
            return List.copyOf(projects);
        });
    }

    private org.gitlab4j.api.models.Project readProject(PageReader reader, Requester requester, String segment) {
        ApiRequest request = new ApiRequest("project", List.of("projects", segment), Map.of());
        try {
            return reader.readObject(request, org.gitlab4j.api.models.Project.class);
        } catch (GitLabAccessException e) {
            throw e;
        } catch (GitLabFetchException e) {
            String what = projectId != null ? "project " + projectId : "project '" + projectPath + "'";
            if (e.status() == 404) {
                throw new GitLabAccessException(requester.clean(what + " not found (404) at " + e.url()
                        + ": it does not exist, or the token cannot see it"), 404, e.url(), e);
            }
            if (e.status() == 403) {
                throw new GitLabAccessException(requester.clean("GitLab refused access (403) to " + what + " at "
                        + e.url() + ": the token needs the read_api scope and access to the project"), 403, e.url(), e);
            }
            throw e;
        }
    }

    /** Runs the parts with bounded concurrency; the first real failure (in part order) fails the fetch. */
    private List<Object> runAll(List<Part> parts, PageReader reader, Requester requester) {
        AtomicInteger threadNo = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(concurrency, parts.size()), r -> {
            Thread t = new Thread(r, "psdm-gitlab-" + threadNo.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (Part part : parts) {
                Callable<Object> task = () -> {
                    try {
                        Object result = part.read(reader, requester);
                        progress.resourceRead(part.resource(), result instanceof List<?> list ? list.size() : 0,
                                reader.pagesByResource().getOrDefault(part.resource(), 0),
                                result instanceof DataGap gap ? gap.reason() : null);
                        return result;
                    } catch (RuntimeException | Error e) {
                        requester.abort();
                        throw e;
                    }
                };
                futures.add(pool.submit(task));
            }
            List<Object> results = new ArrayList<>();
            RuntimeException failure = null;
            for (Future<Object> future : futures) {
                try {
                    results.add(future.get());
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof Error error) {
                        throw error;
                    }
                    if (failure == null && !(cause instanceof Requester.FetchAborted)) {
                        failure = (RuntimeException) cause;
                    }
                    results.add(null);
                }
            }
            if (failure != null) {
                throw failure;
            }
            return results;
        } catch (InterruptedException e) {
            requester.abort();
            Thread.currentThread().interrupt();
            throw new GitLabFetchException("interrupted while fetching from " + baseUrl, 0, null, e);
        } finally {
            pool.shutdownNow();
        }
    }

    private GitLabApi newApi(Secret secret) {
        return GitLabClients.newApi(baseUrl, secret, proxy, connectTimeout, readTimeout);
    }

    private static Map<String, String> orderedMap(String... kv) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            map.put(kv[i], kv[i + 1]);
        }
        return map;
    }

    @Override
    public String toString() {
        return "GitLabSnapshotLoader[" + baseUrl + ", project " + (projectId != null ? projectId : projectPath) + "]";
    }

    /** Builds a {@link GitLabSnapshotLoader}. Base URL and project are required; the rest has defaults. */
    public static final class Builder {
        private String baseUrl;
        private String projectPath;
        private Long projectId;
        private Supplier<String> token;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout = Duration.ofSeconds(30);
        private URI proxy;
        private int concurrency = 4;
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.threadSleep();
        private DoubleSupplier jitter = () -> ThreadLocalRandom.current().nextDouble();
        private boolean wikiContent = true;
        private FetchProgress progress = FetchProgress.none();
        private RequestPacer pacer;
        private String iterationCadence;

        private Builder() {
        }

        /**
         * The iteration cadence that is the project's plan, by id or title, when the issues should not
         * decide (by default: the cadence most of the project's issues are planned in; see docs/gitlab.md).
         * Null or blank restores the default.
         */
        public Builder iterationCadence(String idOrTitle) {
            this.iterationCadence = idOrTitle == null || idOrTitle.isBlank() ? null : idOrTitle.strip();
            return this;
        }

        /** Spaces this loader's requests with others sharing the pacer (a portfolio scan); none by default. */
        public Builder pacer(RequestPacer value) {
            this.pacer = value;
            return this;
        }

        /**
         * The GitLab instance, e.g. {@code https://gitlab.com} or {@code https://gitlab.example.com/gitlab};
         * a trailing {@code /api/v4} is tolerated.
         */
        public Builder baseUrl(String value) {
            this.baseUrl = normalizeBaseUrl(value);
            return this;
        }

        /** The project's full path ({@code group/subgroup/project}) or its numeric id. */
        public Builder project(String pathOrId) {
            Objects.requireNonNull(pathOrId, "project");
            String v = pathOrId.strip();
            if (v.matches("\\d+")) {
                this.projectId = Long.parseLong(v);
                this.projectPath = null;
                return this;
            }
            if (v.startsWith("http://") || v.startsWith("https://")) {
                throw new IllegalArgumentException("the project is a path like group/project or a numeric id, not a URL: "
                        + v);
            }
            v = v.replaceAll("^/+|/+$", "");
            if (v.isEmpty()) {
                throw new IllegalArgumentException("the project path is empty");
            }
            this.projectPath = v;
            this.projectId = null;
            return this;
        }

        /** The project's numeric id. */
        public Builder projectId(long id) {
            this.projectId = id;
            this.projectPath = null;
            return this;
        }

        /**
         * Where the token comes from (read once per fetch). A personal, group or project access token
         * with {@code read_api}. Without one, only public data can be read.
         */
        public Builder token(Supplier<String> value) {
            this.token = value;
            return this;
        }

        public Builder connectTimeout(Duration value) {
            this.connectTimeout = positive(value, "connectTimeout");
            return this;
        }

        public Builder readTimeout(Duration value) {
            this.readTimeout = positive(value, "readTimeout");
            return this;
        }

        /** An HTTP proxy, e.g. {@code http://proxy.example:3128} (credentials as {@code http://user:pass@host:port}). */
        public Builder proxy(URI value) {
            if (value != null && (value.getHost() == null || value.getScheme() == null)) {
                throw new IllegalArgumentException("the proxy must be a URL like http://proxy.example:3128");
            }
            this.proxy = value;
            return this;
        }

        /** How many resources are read at the same time (default 4). */
        public Builder concurrency(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("concurrency must be at least 1, was " + value);
            }
            this.concurrency = value;
            return this;
        }

        public Builder retryPolicy(RetryPolicy value) {
            this.retryPolicy = Objects.requireNonNull(value, "retryPolicy");
            return this;
        }

        /** Gives {@code fetchedAt}, the fetch's deadline and its elapsed time (default: system UTC). */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** Waits between retries (default: {@link Sleeper#threadSleep()}). */
        public Builder sleeper(Sleeper value) {
            this.sleeper = Objects.requireNonNull(value, "sleeper");
            return this;
        }

        /** Draws the backoff jitter, in [0, 1) (default: random). */
        public Builder jitter(DoubleSupplier value) {
            this.jitter = Objects.requireNonNull(value, "jitter");
            return this;
        }

        /**
         * Whether wiki pages are read with their content (default true): one request either way, and
         * the communication plan's text, often in the wiki, is what the standup rule reads.
         */
        public Builder wikiContent(boolean value) {
            this.wikiContent = value;
            return this;
        }

        public Builder progress(FetchProgress value) {
            this.progress = Objects.requireNonNull(value, "progress");
            return this;
        }

        /**
         * Lists the projects of a group and its subgroups (archived ones excluded) with these settings,
         * for a portfolio scan; the project, if set, is ignored.
         *
         * @param group the group's full path ({@code ps/customers}) or numeric id
         * @throws GitLabAccessException 401, or the group is missing or invisible to the token
         * @throws GitLabFetchException  GitLab unreachable or failing past the retry policy
         */
        public List<GroupProject> listGroupProjects(String group) {
            if (baseUrl == null) {
                throw new IllegalArgumentException("the GitLab base URL is required");
            }
            String g = Objects.requireNonNull(group, "group").strip().replaceAll("^/+|/+$", "");
            if (g.isEmpty()) {
                throw new IllegalArgumentException("the group path is empty");
            }
            if (g.startsWith("http://") || g.startsWith("https://")) {
                throw new IllegalArgumentException("the group is a path like ps/customers or a numeric id, not a URL: " + g);
            }
            return new GitLabSnapshotLoader(this).readGroupProjects(g);
        }

        public GitLabSnapshotLoader build() {
            if (baseUrl == null) {
                throw new IllegalArgumentException("the GitLab base URL is required");
            }
            if (projectPath == null && projectId == null) {
                throw new IllegalArgumentException("the project (path or id) is required");
            }
            return new GitLabSnapshotLoader(this);
        }

        static String normalizeBaseUrl(String value) {
            Objects.requireNonNull(value, "baseUrl");
            String v = value.strip().replaceAll("/+$", "");
            if (v.endsWith("/api/v4")) {
                v = v.substring(0, v.length() - "/api/v4".length());
            }
            URI uri;
            try {
                uri = new URI(v);
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("not a URL: " + value);
            }
            if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                    || uri.getHost() == null) {
                throw new IllegalArgumentException("the GitLab URL must start with https:// or http:// and name a host: "
                        + value);
            }
            if (uri.getRawUserInfo() != null || uri.getRawQuery() != null) {
                throw new IllegalArgumentException("the GitLab URL must not carry credentials or a query: pass the token "
                        + "separately");
            }
            return v;
        }

        private static Duration positive(Duration value, String name) {
            Objects.requireNonNull(value, name);
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException(name + " must be positive");
            }
            return value;
        }
    }
}
