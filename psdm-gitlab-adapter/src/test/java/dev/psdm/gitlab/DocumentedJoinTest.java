package dev.psdm.gitlab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.psdm.gitlab.fake.FakeGitLab;
import dev.psdm.gitlab.fake.FakeGitLabTest;
import dev.psdm.gitlab.fake.GitLabFixtures;
import dev.psdm.gitlab.fake.GitLabProject;
import dev.psdm.model.DataGap;
import dev.psdm.model.Epic;
import dev.psdm.model.Iteration;
import dev.psdm.model.Snapshot;
import org.junit.jupiter.api.Test;

import java.util.function.BiFunction;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.psdm.gitlab.TestSupport.loader;
import static dev.psdm.gitlab.TestSupport.synthetic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * GraphQL records are joined to REST records on documented keys, not on the number in a Global ID
 * (issue 31 item 3). doc/api/graphql/_index.md, "Global IDs": an {@code id} is "never a database primary
 * key ID", and "GitLab Global IDs are subject to change"; "Object identifiers": a group by its full path,
 * an object with an iid by full path and iid. Iterations: REST {@code iid}/{@code start_date}/
 * {@code due_date} (doc/api/iterations.md) against GraphQL {@code Iteration.iid}/{@code startDate}/
 * {@code dueDate} (doc/api/graphql/reference/_index.md). Epics: {@code WorkItem.namespace.fullPath}.
 */
class DocumentedJoinTest extends FakeGitLabTest {
    private Snapshot load() {
        return loader(gitlab).build().load();
    }

    /**
     * Serves the project, and answers GraphQL's iterations query with one node per REST iteration, the
     * {@code k}-th (0-based) as {@code node} makes it: the join is what each test varies.
     */
    private void serveWithGraphQlIterations(GitLabProject served, BiFunction<JsonNode, Integer, ObjectNode> node) {
        gitlab.serve(served);
        StringBuilder nodes = new StringBuilder();
        int k = 0;
        for (JsonNode it : served.iterations()) {
            nodes.append(nodes.length() == 0 ? "" : ",").append(node.apply(it, k++));
        }
        String page = "{\"data\":{\"group\":{\"iterations\":{\"pageInfo\":{\"hasNextPage\":false,\"endCursor\":null},"
                + "\"nodes\":[" + nodes + "]}}}}";
        gitlab.server().stubFor(post(urlPathEqualTo("/api/graphql")).atPriority(1)
                .withRequestBody(containing("iterationCadence")).willReturn(FakeGitLab.json(200, page)));
    }

    /** The node with an iid no REST iteration has. */
    private static ObjectNode withUnknownIid(ObjectNode node) {
        return node.put("iid", "9" + node.path("iid").asText());
    }

    @Test
    void cadencesJoinOnIidAndDatesWhateverTheGlobalIdsLookLike() {
        serveWithGraphQlIterations(synthetic(6, 3), (it, k) -> FakeGitLab.iterationNode(it, 8, "Sprints")
                .put("id", "gid://gitlab/Iteration/" + java.util.UUID.nameUUIDFromBytes(it.toString().getBytes())));

        Snapshot snapshot = load();

        assertThat(snapshot.iterations()).hasSize(3).extracting(Iteration::cadenceTitle).containsOnly("Sprints");
        assertThat(snapshot.notices(DataGap.ITERATIONS)).isEmpty();
    }

    @Test
    void whenGraphQlAnswersButNothingJoinsANoticeSaysSoAndEveryIterationIsKept() {
        serveWithGraphQlIterations(synthetic(6, 3), (it, k) -> withUnknownIid(FakeGitLab.iterationNode(it, 8, "Sprints")));

        Snapshot snapshot = load();

        assertThat(snapshot.iterations()).hasSize(3).extracting(Iteration::cadenceId).containsOnlyNulls();
        assertThat(snapshot.notices(DataGap.ITERATIONS)).extracting(n -> n.message()).containsExactly(
                "GraphQL answered 3 iterations, but none matched the 3 iterations REST lists by iid, start and due"
                        + " date: the cadences are unknown, and every iteration is kept in the plan");
    }

    /** Issue 31 item 3: when the plan rests on a join that fails, the iterations are a gap, not a mixture. */
    @Test
    void whenNothingJoinsAndTheIterationsMayBelongToTwoCadencesTheyAreAGap() {
        // the cadence ids alternate 8, 3, ... and their titles Quarters, Sprints, ...: two cadences either way
        serveWithGraphQlIterations(synthetic(6, 4), (it, k) -> withUnknownIid(
                FakeGitLab.iterationNode(it, k % 2 == 0 ? 8 : 3, (k + 1) % 2 == 0 ? "Sprints" : "Quarters")));

        Snapshot snapshot = load();

        assertThat(snapshot.gaps()).filteredOn(g -> g.resource().equals(DataGap.ITERATIONS)).singleElement()
                .satisfies(g -> {
                    assertThat(g.reason()).isEqualTo("GraphQL answered 4 iterations of 2 cadences, but none matched"
                            + " the 4 iterations REST lists by iid, start and due date: which of them are the project's"
                            + " plan is unknown");
                    assertThat(g.cause()).isEqualTo(DataGap.Cause.UNAVAILABLE);
                });
        assertThat(snapshot.iterations()).isEmpty();
    }

    @Test
    void anEpicOfTheProjectsGroupJoinsOnTheGroupsFullPathNotItsGlobalId() {
        GitLabProject served = synthetic(3, 1);
        // the namespace's Global ID is not a number psdm could read: the full path still names the group
        serveEpicAsWorkItem(served, 29, served.groupId(), "Workstream", "group-subgroup", "group/subgroup");

        Snapshot snapshot = load();

        assertThat(snapshot.epics()).extracting(Epic::groupId).containsExactly(served.groupId());
        assertThat(snapshot.notices(DataGap.EPICS)).isEmpty();
        assertThat(gitlab.requestCount(FakeGitLab.path(served, FakeGitLab.Endpoint.EPICS))).isZero();
    }

    @Test
    void anEpicWhoseGroupCannotBeJoinedSendsTheReadToRestWithANotice() {
        GitLabProject served = synthetic(3, 1);
        serveEpicAsWorkItem(served, 7, 2, "Parent's &4", "group", "group");

        Snapshot snapshot = load();

        // before: the epic lost its group, and every issue of it failed PSDM-EPIC-001
        assertThat(snapshot.epics()).extracting(Epic::id, Epic::groupId)
                .contains(org.assertj.core.groups.Tuple.tuple(7L, 2L));
        assertThat(gitlab.requestCount(FakeGitLab.path(served, FakeGitLab.Endpoint.EPICS))).isOne();
        assertThat(snapshot.notices(DataGap.EPICS)).extracting(n -> n.message()).containsExactly(
                "GraphQL named no group GitLab's REST API knows for 1 of 1 epics" + EpicsReading.FELL_BACK);
    }

    /**
     * Serves {@code served} on GitLab 18.1 with one more epic &4 (REST: doc/api/epics.md) and GraphQL's
     * answer listing it as a work item of the namespace {@code gid://gitlab/Namespaces::GroupNamespace/<namespace>}
     * at {@code fullPath} (doc/api/graphql/epic_work_items_api_migration_guide.md).
     */
    private static void serveEpicAsWorkItem(GitLabProject served, long id, long groupId, String title, String namespace,
                                            String fullPath) {
        ObjectNode epic = GitLabFixtures.template("epic");
        epic.put("id", id).put("iid", 4).put("group_id", groupId).put("title", title).put("state", "opened");
        served.epics().add(epic);
        gitlab.version("18.1.2-ee").serve(served);
        String answer = "{\"data\":{\"group\":{\"workItems\":{\"pageInfo\":{\"hasNextPage\":false,\"endCursor\":null},"
                + "\"nodes\":[{\"id\":\"gid://gitlab/WorkItem/" + (900_000 + id) + "\",\"iid\":\"4\",\"title\":\"" + title + "\","
                + "\"state\":\"OPEN\",\"webUrl\":\"https://gitlab.example.com/groups/" + fullPath + "/-/epics/4\","
                + "\"namespace\":{\"id\":\"gid://gitlab/Namespaces::GroupNamespace/" + namespace + "\","
                + "\"fullPath\":\"" + fullPath + "\"},\"widgets\":[]}]}}}}";
        gitlab.server().stubFor(post(urlPathEqualTo("/api/graphql")).atPriority(1)
                .withRequestBody(containing("workItems")).willReturn(FakeGitLab.json(200, answer)));
    }
}
