package dev.psdm.gitlab;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.psdm.gitlab.fake.FakeGitLab;
import dev.psdm.gitlab.fake.FakeGitLabTest;
import dev.psdm.gitlab.fake.FakeGitLab.Endpoint;
import dev.psdm.gitlab.fake.GitLabFixtures;
import dev.psdm.gitlab.fake.GitLabProject;
import dev.psdm.model.DataGap;
import dev.psdm.model.Epic;
import dev.psdm.model.Issue;
import dev.psdm.model.Snapshot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.psdm.gitlab.TestSupport.assertOnlyNotice;
import static dev.psdm.gitlab.TestSupport.loader;
import static dev.psdm.gitlab.TestSupport.synthetic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Epics by id and group, in the whole hierarchy. Shapes: doc/api/epics.md (list item with
 * {@code group_id}), doc/api/issues.md ({@code epic: {id, iid, title, url, group_id}} and the
 * deprecated {@code epic_iid}), doc/api/graphql/epic_work_items_api_migration_guide.md (epics as
 * work items: {@code gid://gitlab/WorkItem/N}, the iid a string, the same iid as the epic).
 */
class EpicsTest extends FakeGitLabTest {
    private GitLabProject served;

    @BeforeEach
    void start() {
        served = synthetic(3, 1);
        // the parent group (id 2) has an &4 too: iids are per group
        ObjectNode parents = GitLabFixtures.template("epic");
        parents.put("id", 7).put("iid", 4).put("group_id", 2).put("title", "Parent's &4").put("state", "opened");
        served.epics().add(0, parents);
        ObjectNode linked = (ObjectNode) served.issues().get(0);
        linked.put("epic_iid", 4);
        linked.putObject("epic").put("id", 29).put("iid", 4).put("title", "Workstream")
                .put("url", "/groups/group/subgroup/-/epics/4").put("group_id", 4);
        // only the deprecated epic_iid: once read as "belongs to no epic", a false FAIL
        ObjectNode iidOnly = (ObjectNode) served.issues().get(1);
        iidOnly.remove("epic");
        iidOnly.put("epic_iid", 4);
    }

    private Snapshot load() {
        gitlab.serve(served);
        return loader(gitlab).build().load();
    }

    private static Epic epicOfGroup(Snapshot s, long groupId) {
        return s.epics().stream().filter(e -> e.groupId() == groupId).findFirst().orElseThrow();
    }

    @Test
    void restEpicsIncludeTheAncestorGroupsAndKeepTheirGroup() {
        Snapshot snapshot = load();

        LoggedRequest epics = gitlab.requests().stream()
                .filter(r -> r.getUrl().startsWith(FakeGitLab.path(served, Endpoint.EPICS))).findFirst().orElseThrow();
        assertThat(epics.queryParameter("include_ancestor_groups").firstValue()).isEqualTo("true");
        assertThat(epics.queryParameter("include_descendant_groups").firstValue()).isEqualTo("true");
        assertThat(snapshot.epics()).extracting(Epic::id, Epic::groupId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(7L, 2L), org.assertj.core.groups.Tuple.tuple(29L, 4L));
        Issue linked = snapshot.issues().get(0);
        assertThat(linked.epicId()).isEqualTo(29L);
        assertThat(linked.epicGroupId()).isEqualTo(4L);
        assertThat(linked.belongsTo(epicOfGroup(snapshot, 4))).isTrue();
        assertThat(linked.belongsTo(epicOfGroup(snapshot, 2))).isFalse();
        Issue iidOnly = snapshot.issues().get(1);
        assertThat(iidOnly.hasEpic()).isTrue();
        assertThat(iidOnly.epicIid()).isEqualTo(4L);
        assertThat(snapshot.issues().get(2).hasEpic()).isFalse();
    }

    @Test
    void from18Point1EpicsAreReadAsWorkItemsThroughGraphQl() {
        gitlab.version("18.1.2-ee");

        Snapshot snapshot = load();

        assertThat(gitlab.requestCount(FakeGitLab.path(served, Endpoint.EPICS))).isZero();
        assertThat(gitlab.server().findAll(com.github.tomakehurst.wiremock.client.WireMock
                .postRequestedFor(urlPathEqualTo("/api/graphql")).withRequestBody(containing("workItems"))))
                .singleElement().satisfies(r -> assertThat(r.getBodyAsString())
                        .contains("types: [EPIC]").contains("includeAncestors: true").contains("\"fullPath\":\"group/subgroup\""));
        // work item ids differ from epic ids; the group and iid are what issues are linked by
        assertThat(snapshot.epics()).extracting(Epic::id).containsExactly(900_007L, 900_029L);
        assertThat(snapshot.epics()).extracting(Epic::state).containsOnly("opened");
        assertThat(snapshot.issues().get(0).belongsTo(epicOfGroup(snapshot, 4))).isTrue();
        assertThat(snapshot.issues().get(0).belongsTo(epicOfGroup(snapshot, 2))).isFalse();
        assertThat(snapshot.gaps()).isEmpty();
    }

    @Test
    void whenGraphQlRefusesTheWorkItemsQueryRestIsReadWithANotice() {
        gitlab.version("18.2.0-ee");
        gitlab.serve(served);
        gitlab.server().stubFor(post(urlPathEqualTo("/api/graphql")).atPriority(1)
                .withRequestBody(containing("workItems"))
                .willReturn(FakeGitLab.json(200, "{\"errors\":[{\"message\":\"Field 'workItems' doesn't exist on type"
                        + " 'Group'\"}]}")));

        Snapshot snapshot = loader(gitlab).build().load();

        assertThat(snapshot.epics()).extracting(Epic::id).containsExactly(7L, 29L);
        assertOnlyNotice(snapshot, DataGap.EPICS)
                .isEqualTo("GraphQL at " + gitlab.baseUrl() + "/api/graphql answered with errors: Field 'workItems' doesn't exist"
                        + " on type 'Group'; epics were read through the REST API (GET /groups/:id/epics, deprecated"
                        + " since GitLab 17.0) instead of the Work Items GraphQL API (Group.workItems, an Experiment)");
    }

    @Test
    void a404OnEpicsNamesTheLikelyCause() {
        gitlab.serve(served).failAlways(FakeGitLab.path(served, Endpoint.EPICS), FakeGitLab.error(404, "404 Group Not Found"));

        Snapshot snapshot = loader(gitlab).build().load();

        assertThat(snapshot.gap(DataGap.EPICS)).hasValueSatisfying(g -> assertThat(g.reason())
                .endsWith(": epics need GitLab Premium or Ultimate and a token that can read the group (GitLab answers"
                        + " 404 for a group the token cannot see: a project access token cannot see a private parent group)")
                .doesNotContain("work items"));
        assertThat(List.copyOf(snapshot.issues())).hasSize(3);
    }
}
