package dev.psdm.gitlab;

import dev.psdm.model.DataGap;
import dev.psdm.model.Group;
import dev.psdm.model.Snapshot;
import dev.psdm.model.SnapshotBuilder;
import dev.psdm.model.Source;
import org.gitlab4j.api.GitLabApi;
import org.gitlab4j.api.models.Namespace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
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
 *
 * <p>This class only plans a fetch (which parts, in which session); the work is done by the classes it
 * names: {@link ProjectLookup} (the starting project or group), {@link PartRunner} (the parts, concurrently),
 * {@link SnapshotAssembly}, {@link GitLabClients} and {@link Targets}. The file stays near 400 lines because
 * of the public {@link Builder}: one documented method per option, kept nested as the published API is.
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
        GitLabApi api = GitLabClients.open(baseUrl, secret, proxy, connectTimeout, readTimeout);
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
        org.gitlab4j.api.models.Project glProject = ProjectLookup.project(reader, requester, projectSegment,
                projectId != null ? "project " + projectId : "project '" + projectPath + "'");
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

        List<Object> results = PartRunner.runAll(parts, reader, requester, concurrency, progress, baseUrl);

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
            List<GroupProject> projects = ProjectLookup.groupProjects(session.reader(), session.requester(), group);
            LOG.info("Listed {} projects of group {} at {} in {} requests", projects.size(), group, baseUrl,
                    session.requester().requests());
            return projects;
        });
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
            this.baseUrl = Targets.baseUrl(value);
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
            this.projectPath = Targets.projectPath(v);
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
            return new GitLabSnapshotLoader(this).readGroupProjects(Targets.group(group));
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

        private static Duration positive(Duration value, String name) {
            Objects.requireNonNull(value, name);
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException(name + " must be positive");
            }
            return value;
        }
    }
}
