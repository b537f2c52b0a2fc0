package dev.psdm.gitlab;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.psdm.gitlab.fake.FakeGitLab;
import dev.psdm.gitlab.fake.FakeGitLabTest;
import dev.psdm.gitlab.fake.FakeGitLab.Endpoint;
import dev.psdm.gitlab.fake.GitLabFixtures;
import dev.psdm.gitlab.fake.GitLabProject;
import dev.psdm.gitlab.fake.Synthetic;
import dev.psdm.model.DataGap;
import dev.psdm.model.Epic;
import dev.psdm.model.Issue;
import dev.psdm.model.Iteration;
import dev.psdm.model.IterationState;
import dev.psdm.model.Snapshot;
import dev.psdm.model.json.SnapshotJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;

import static dev.psdm.gitlab.TestSupport.NOW;
import static dev.psdm.gitlab.TestSupport.PATH;
import static dev.psdm.gitlab.TestSupport.TOKEN;
import static dev.psdm.gitlab.TestSupport.synthetic;
import static org.assertj.core.api.Assertions.assertThat;

/** Reading a healthy GitLab: paging, mapping, request economy. Faults are in {@link GitLabFaultsTest}. */
class GitLabSnapshotLoaderTest extends FakeGitLabTest {
    private GitLabSnapshotLoader.Builder loader(String project) {
        return GitLabSnapshotLoader.builder()
                .baseUrl(gitlab.baseUrl())
                .project(project)
                .token(() -> TOKEN)
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .sleeper(new TestSupport.RecordingSleeper())
                .jitter(() -> 0.0);
    }

    private static int budget(int issues) {
        // the budget of issue 14: GET /version and the GraphQL cadence page included
        return (issues + 99) / 100 + 10;
    }

    @Test
    void readsTheSampleProjectBackFieldByField() {
        Snapshot sample = TestSupport.sample("large-project.json");
        gitlab.serve(GitLabFixtures.fromSnapshot(sample));

        FetchResult result = loader(sample.project().pathWithNamespace()).build().fetch();
        Snapshot read = result.snapshot();

        assertThat(read.project()).isEqualTo(sample.project());
        assertThat(read.group()).isEqualTo(sample.group());
        assertThat(read.source().projectPath()).isEqualTo(sample.project().pathWithNamespace());
        assertThat(read.source().projectId()).isEqualTo(sample.project().id());
        assertThat(read.source().groupPath()).isEqualTo(sample.group().fullPath());
        assertThat(read.source().gitlabUrl()).isEqualTo(gitlab.baseUrl());
        assertThat(read.fetchedAt()).isEqualTo(NOW);
        // the sample was written before epic ids were kept; GitLab names the epic's id and group
        assertThat(read.issues()).isEqualTo(sample.issues().stream().map(i -> i.epicIid() == null ? i
                : withEpic(i, sample.epics().stream().filter(e -> e.iid() == i.epicIid()).findFirst().orElseThrow().id(),
                        sample.group().id())).toList());
        assertThat(withoutState(read.iterations())).isEqualTo(withoutState(sample.iterations()));
        assertThat(read.milestones()).isEqualTo(sample.milestones());
        assertThat(read.labels()).isEqualTo(sample.labels());
        assertThat(read.epics()).isEqualTo(sample.epics().stream().map(e -> new Epic(e.id(), e.iid(), e.title(),
                e.state(), e.labels(), e.webUrl(), sample.group().id())).toList());
        assertThat(read.boards()).isEqualTo(sample.boards());
        assertThat(read.wikiPages()).isEqualTo(sample.wikiPages());
        assertThat(read.gaps()).isEmpty();
        // project, version, issues, iterations + their cadences (GraphQL), milestones, labels, epics, boards, wiki
        assertThat(result.stats().requests()).isEqualTo(gitlab.requestCount()).isEqualTo(10);
        assertThat(result.stats().retries()).isZero();
    }

    @Test
    void readsAllIssuePagesAt100PerPageWithoutPerIssueRequests() {
        GitLabProject served = synthetic(250, 4);
        gitlab.serve(served);

        FetchResult result = loader(PATH).build().fetch();

        assertThat(result.snapshot().issues()).extracting(Issue::iid)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 250).mapToObj(i -> (long) i).toList());
        List<LoggedRequest> issueRequests = gitlab.requests().stream()
                .filter(r -> r.getUrl().startsWith(FakeGitLab.path(served, Endpoint.ISSUES))).toList();
        assertThat(issueRequests).hasSize(3).allSatisfy(r -> {
            assertThat(r.queryParameter("per_page").firstValue()).isEqualTo("100");
            assertThat(r.queryParameter("state").firstValue()).isEqualTo("all");
            assertThat(r.queryParameter("scope").firstValue()).isEqualTo("all");
            assertThat(r.getUrl()).doesNotMatch(".*/issues/\\d+.*");
        });
        assertThat(result.stats().pagesByResource()).containsEntry("issues", 3);
        assertThat(gitlab.requestCount()).isEqualTo(result.stats().requests()).isEqualTo(3 + 9)
                .isLessThanOrEqualTo(budget(250));
    }

    @ParameterizedTest(name = "{0} issues")
    @ValueSource(ints = {0, 1, 100, 101, 999, 1000})
    void requestCountStaysWithinCeilNOver100Plus10(int issues) {
        gitlab.serve(GitLabFixtures.fromSnapshot(Synthetic.snapshot(PATH, issues, 3)));

        FetchResult result = loader(PATH).build().fetch();

        assertThat(result.snapshot().issues()).hasSize(issues);
        int issuePages = Math.max(1, (issues + 99) / 100);
        // project + version + issue pages + iterations and their cadences, milestones, labels, epics, boards, wiki
        assertThat(gitlab.requestCount()).isEqualTo(2 + issuePages + 7).isLessThanOrEqualTo(budget(issues));
        assertThat(result.stats().requests()).isEqualTo(gitlab.requestCount());
    }

    @Test
    void readsIterationsPastTheFirstPage() {
        // gitlab4j's listProjectIterations stops after page 1 (20 items at GitLab's default page size)
        GitLabProject served = synthetic(5, 45);
        gitlab.pageSize(Endpoint.ITERATIONS, 20).serve(served);

        FetchResult result = loader(PATH).build().fetch();

        assertThat(result.snapshot().iterations()).hasSize(45)
                .extracting(Iteration::title).endsWith("Iteration 43", "Iteration 44");
        // three REST pages and the GraphQL page that names their cadences
        assertThat(result.stats().pagesByResource()).containsEntry("iterations", 4);
        List<LoggedRequest> iterationRequests = gitlab.requests().stream()
                .filter(r -> r.getUrl().startsWith(FakeGitLab.path(served, Endpoint.ITERATIONS))).toList();
        assertThat(iterationRequests).extracting(r -> r.queryParameter("page").firstValue()).containsExactly("1", "2", "3");
        assertThat(iterationRequests).allSatisfy(r -> {
            assertThat(r.queryParameter("state").firstValue()).isEqualTo("all");
            assertThat(r.queryParameter("include_ancestors").firstValue()).isEqualTo("true");
        });
    }

    @Test
    void followsXNextPageWhenGitLabLeavesOutTheTotals() {
        gitlab.omitTotals().serve(synthetic(250, 2));

        FetchResult result = loader(PATH).build().fetch();

        assertThat(result.snapshot().issues()).hasSize(250);
        assertThat(result.stats().pagesByResource()).containsEntry("issues", 3);
    }

    @Test
    void keepsNullIterationTitlesAndMapsIntegerStates() {
        Snapshot base = Synthetic.snapshot(PATH, 2, 3);
        GitLabProject served = GitLabFixtures.fromSnapshot(base);
        ObjectNode cadence = (ObjectNode) served.iterations().get(0);
        cadence.putNull("title");
        cadence.putNull("description");
        cadence.put("state", 3);
        ((ObjectNode) served.iterations().get(1)).put("state", 2);
        ((ObjectNode) served.iterations().get(2)).put("state", 1);
        gitlab.serve(served);

        List<Iteration> iterations = loader(PATH).build().load().iterations();

        assertThat(iterations.get(0).title()).isNull();
        assertThat(iterations.get(0).displayName()).isEqualTo("Iteration 2026-01-05 – 2026-01-18");
        assertThat(iterations).extracting(Iteration::state)
                .containsExactly(IterationState.CLOSED, IterationState.CURRENT, IterationState.UPCOMING);
        assertThat(iterations.get(1).startDate()).isEqualTo(LocalDate.of(2026, 1, 19));
    }

    @Test
    void asksForTheProjectByItsUrlEncodedPathThenUsesItsId() {
        GitLabProject served = synthetic(3, 1);
        gitlab.serve(served);

        Snapshot snapshot = loader(" /group/subgroup/project/ ").build().load();

        List<LoggedRequest> requests = gitlab.requests();
        assertThat(requests.get(0).getUrl()).isEqualTo("/api/v4/projects/group%2Fsubgroup%2Fproject");
        assertThat(requests.subList(1, requests.size())).allSatisfy(r ->
                assertThat(r.getUrl()).matches("/api/v4/(projects/3/.*|groups/4/.*|version)|/api/graphql"));
        // REST takes PRIVATE-TOKEN (doc/api/rest/authentication.md); GraphQL documents
        // "Authorization: Bearer <token>" (doc/api/graphql/_index.md, "Header authentication")
        assertThat(requests).filteredOn(r -> r.getUrl().startsWith("/api/v4/")).isNotEmpty()
                .allSatisfy(r -> assertThat(r.getHeader("PRIVATE-TOKEN")).isEqualTo(TOKEN));
        assertThat(requests).filteredOn(r -> r.getUrl().equals("/api/graphql")).isNotEmpty().allSatisfy(r -> {
            assertThat(r.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
            assertThat(r.containsHeader("PRIVATE-TOKEN")).isFalse();
        });
        assertThat(snapshot.source().projectPath()).isEqualTo(PATH);
        assertThat(snapshot.source().groupPath()).isEqualTo("group/subgroup");
    }

    @Test
    void asksForTheProjectByNumericId() {
        gitlab.serve(synthetic(3, 1));

        Snapshot snapshot = loader("3").build().load();

        assertThat(gitlab.requests().get(0).getUrl()).isEqualTo("/api/v4/projects/3");
        assertThat(snapshot.issues()).hasSize(3);
    }

    @Test
    void weightAbsentOnFreeNullWhenUnsetAndIntegerWhenSet() {
        GitLabProject served = synthetic(3, 1);
        ((ObjectNode) served.issues().get(0)).remove("weight");
        ((ObjectNode) served.issues().get(1)).putNull("weight");
        ((ObjectNode) served.issues().get(2)).put("weight", 5);
        gitlab.serve(served);

        assertThat(loader(PATH).build().load().issues()).extracting(Issue::weight).containsExactly(null, null, 5);
    }

    @Test
    void readsTimestampsWithAndWithoutMillisecondsAndWithOffsets() {
        GitLabProject served = synthetic(3, 1);
        ((ObjectNode) served.issues().get(0)).put("created_at", "2016-01-04T15:31:51.081Z");
        ((ObjectNode) served.issues().get(1)).put("created_at", "2013-10-02T09:24:18Z");
        // self-managed instances in another time zone send offsets
        ((ObjectNode) served.issues().get(2)).put("created_at", "2016-01-05T02:31:51.081+11:00");
        ((ObjectNode) served.issues().get(2)).put("due_date", "2016-07-22");
        gitlab.serve(served);

        List<Issue> issues = loader(PATH).build().load().issues();

        assertThat(issues).extracting(Issue::createdAt).containsExactly(
                Instant.parse("2016-01-04T15:31:51.081Z"), Instant.parse("2013-10-02T09:24:18Z"),
                Instant.parse("2016-01-04T15:31:51.081Z"));
        assertThat(issues.get(2).dueDate()).isEqualTo(LocalDate.of(2016, 7, 22));
    }

    @Test
    void toleratesAStringLimitMetricOnBoardLists() {
        GitLabProject served = synthetic(1, 1);
        ObjectNode list = (ObjectNode) served.boards().get(0).get("lists").get(0);
        // GitLab sends a string here; gitlab4j 6.2.0 declares an Integer
        list.put("limit_metric", "issue_count");
        list.put("max_issue_count", 5);
        gitlab.serve(served);

        Snapshot snapshot = loader(PATH).build().load();

        assertThat(snapshot.boards().get(0).lists()).extracting(l -> l.label()).containsExactly("PSD Workflow::To Do");
    }

    @Test
    void epicsReadFromTheGroupWithDocumentedConfidentialString() {
        GitLabProject served = synthetic(1, 1);
        // the doc example has "confidential": "false" (a string); it must not break the page
        assertThat(served.epics().get(0).get("confidential").isTextual()).isTrue();
        gitlab.serve(served);

        Snapshot snapshot = loader(PATH).build().load();

        assertThat(snapshot.epics()).singleElement().satisfies(e -> {
            assertThat(e.iid()).isEqualTo(4);
            assertThat(e.state()).isEqualTo("opened");
        });
        LoggedRequest epics = gitlab.requests().stream().filter(r -> r.getUrl().startsWith("/api/v4/groups/4/epics"))
                .findFirst().orElseThrow();
        assertThat(epics.queryParameter("state").firstValue()).isEqualTo("all");
        assertThat(epics.queryParameter("include_descendant_groups").firstValue()).isEqualTo("true");
    }

    /**
     * lib/api/entities/project.rb: {@code issues_enabled}/{@code wiki_enabled} say whether this caller
     * may use the feature ({@code feature_available?(:wiki, current_user)}, "remove in API v5");
     * {@code *_access_level} is the project's setting ({@code disabled}/{@code private}/{@code enabled},
     * doc/api/projects.md). The gap says which one is known (issue 31 item 4).
     */
    @Test
    void disabledIssuesAndWikiBecomeGapsWithoutBeingRequested() {
        GitLabProject served = synthetic(3, 1);
        served.project().put("issues_enabled", false).put("issues_access_level", "disabled");
        served.project().put("wiki_enabled", false).put("wiki_access_level", "disabled");
        gitlab.serve(served);

        Snapshot snapshot = loader(PATH).build().load();

        assertThat(snapshot.gap(DataGap.ISSUES)).hasValueSatisfying(g ->
                assertThat(g.reason()).isEqualTo("issues are disabled in this project (issues_access_level: disabled)"));
        assertThat(snapshot.gap(DataGap.WIKI)).hasValueSatisfying(g ->
                assertThat(g.reason()).isEqualTo("wiki is disabled in this project (wiki_access_level: disabled)"));
        assertThat(gitlab.requestCount(FakeGitLab.path(served, Endpoint.ISSUES))).isZero();
        assertThat(gitlab.requestCount(FakeGitLab.path(served, Endpoint.WIKI))).isZero();
        assertThat(snapshot.issues()).isEmpty();
    }

    @Test
    void aMembersOnlyFeatureTheTokenCannotUseIsNotCalledDisabled() {
        GitLabProject served = synthetic(3, 1);
        served.project().put("wiki_enabled", false).put("wiki_access_level", "private");
        served.project().put("issues_enabled", false).remove("issues_access_level");
        gitlab.serve(served);

        Snapshot snapshot = loader(PATH).build().load();

        assertThat(snapshot.gap(DataGap.WIKI)).hasValueSatisfying(g -> assertThat(g.reason()).isEqualTo(
                "wiki is not available to this token (wiki_access_level: private, for project members only): use a"
                        + " token of a project member with read_api"));
        // an answer without the access level: both causes named, neither asserted
        assertThat(snapshot.gap(DataGap.ISSUES)).hasValueSatisfying(g -> assertThat(g.reason()).isEqualTo(
                "issues are disabled in this project or not available to this token (GitLab sent no"
                        + " issues_access_level)"));
        assertThat(gitlab.requestCount(FakeGitLab.path(served, Endpoint.WIKI))).isZero();
    }

    @Test
    void aProjectInAPersonalNamespaceHasNoGroupAndAnEpicsGap() {
        Snapshot base = Synthetic.snapshot("jdoe/sandbox", 2, 1);
        GitLabProject served = GitLabFixtures.fromSnapshot(Snapshot.builder(base.project(), base.fetchedAt())
                .issues(base.issues()).build());
        gitlab.serve(served);

        Snapshot snapshot = loader("jdoe/sandbox").build().load();

        assertThat(snapshot.group()).isNull();
        assertThat(snapshot.source().groupPath()).isNull();
        assertThat(snapshot.gap(DataGap.EPICS)).isPresent();
        assertThat(gitlab.requests()).noneSatisfy(r -> assertThat(r.getUrl()).startsWith("/api/v4/groups/"));
    }

    @Test
    void wikiIsReadWithContentUnlessTurnedOff() {
        GitLabProject served = synthetic(1, 1);
        gitlab.serve(served);

        Snapshot withContent = loader(PATH).build().load();
        LoggedRequest first = gitlab.requests().stream()
                .filter(r -> r.getUrl().startsWith(FakeGitLab.path(served, Endpoint.WIKI))).findFirst().orElseThrow();
        gitlab.resetRequests();
        loader(PATH).wikiContent(false).build().load();
        LoggedRequest second = gitlab.requests().stream()
                .filter(r -> r.getUrl().startsWith(FakeGitLab.path(served, Endpoint.WIKI))).findFirst().orElseThrow();

        assertThat(withContent.wikiPages().get(0).content()).isEqualTo("Daily stand-up 09:30");
        assertThat(first.queryParameter("with_content").firstValue()).isEqualTo("1");
        assertThat(second.queryParameter("with_content").isPresent()).isFalse();
    }

    @Test
    void concurrencyDoesNotChangeTheSnapshot() {
        gitlab.pageSize(Endpoint.ITERATIONS, 20).serve(synthetic(321, 30));

        String sequential = SnapshotJson.toJson(loader(PATH).concurrency(1).build().load());
        String parallel = SnapshotJson.toJson(loader(PATH).concurrency(8).build().load());

        assertThat(parallel).isEqualTo(sequential);
    }

    @Test
    void withConcurrencyOneTheResourcesAreReadOneAfterAnother() {
        GitLabProject served = synthetic(150, 2);
        gitlab.serve(served);

        loader(PATH).concurrency(1).build().load();

        assertThat(gitlab.requests()).extracting(r -> r.getUrl().split("\\?")[0].replaceAll(".*/", ""))
                .containsExactly("group%2Fsubgroup%2Fproject", "version", "issues", "issues", "iterations", "graphql",
                        "milestones", "labels", "epics", "boards", "wikis");
    }

    @Test
    void goesThroughTheConfiguredProxy() {
        gitlab.serve(synthetic(3, 1));

        // nothing listens on 127.0.0.2:1; only the proxy (the fake, which answers for any host) can serve
        Snapshot snapshot = GitLabSnapshotLoader.builder()
                .baseUrl("http://127.0.0.2:1")
                .project(PATH)
                .token(() -> TOKEN)
                .proxy(URI.create(gitlab.baseUrl()))
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .build().load();

        assertThat(snapshot.issues()).hasSize(3);
        assertThat(snapshot.source().gitlabUrl()).isEqualTo("http://127.0.0.2:1");
        assertThat(gitlab.requests()).isNotEmpty().allSatisfy(r -> assertThat(r.getHeader("Host")).isEqualTo("127.0.0.2:1"));
    }

    private static Issue withEpic(Issue i, long epicId, long groupId) {
        return new Issue(i.id(), i.iid(), i.title(), i.description(), i.state(), i.createdAt(), i.updatedAt(),
                i.closedAt(), i.dueDate(), i.labels(), i.assignees(), i.weight(), i.iterationId(), i.milestoneId(),
                i.epicIid(), i.confidential(), i.webUrl(), i.workItemType(), epicId, groupId);
    }

    private static List<Iteration> withoutState(List<Iteration> iterations) {
        return iterations.stream().map(i -> new Iteration(i.id(), i.iid(), i.groupId(), i.title(), i.description(),
                null, i.startDate(), i.dueDate(), i.webUrl())).toList();
    }
}
