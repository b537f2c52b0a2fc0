package dev.psdm.gitlab;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.psdm.gitlab.fake.FakeGitLab;
import dev.psdm.gitlab.fake.FakeGitLabTest;
import dev.psdm.gitlab.fake.FakeGitLab.Endpoint;
import dev.psdm.gitlab.fake.GitLabFixtures;
import dev.psdm.gitlab.fake.GitLabProject;
import dev.psdm.model.DataGap;
import dev.psdm.model.Epic;
import dev.psdm.model.Iteration;
import dev.psdm.model.Snapshot;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.psdm.gitlab.TestSupport.assertOnlyNotice;
import static dev.psdm.gitlab.TestSupport.loader;
import static dev.psdm.gitlab.TestSupport.synthetic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 22 item 1: GraphQL may answer with partial {@code data} beside an {@code errors} array (the
 * GraphQL specification's "Response" section: errors with the data that could be resolved; GitLab's
 * doc/api/graphql/_index.md), or list fewer iterations than REST does. Neither may make an iteration
 * vanish from the plan (a 35-day iteration that vanished turned PSDM-ITER-001 from FAIL to PASS), nor
 * make a partial epics answer read as "0 epics".
 */
class PartialGraphQlAnswerTest extends FakeGitLabTest {
    /** 6 iterations 5000..5005, issue i planned in 5000 + i % 6. */
    private final GitLabProject served = synthetic(12, 6);

    private Snapshot load() {
        return loader(gitlab).build().load();
    }

    /** The cadence page GitLab would send, naming the cadence of iterations 5002..5005 only. */
    private String cadencesOfFourIterations(String errors) {
        StringBuilder nodes = new StringBuilder();
        for (long id = 5002; id <= 5005; id++) {
            nodes.append(id == 5002 ? "" : ",").append(FakeGitLab.iterationNode(iteration(id), 8, "Sprints"));
        }
        return "{\"data\":{\"group\":{\"iterations\":{\"pageInfo\":{\"hasNextPage\":false,\"endCursor\":null},"
                + "\"nodes\":[" + nodes + "]}}}" + (errors == null ? "" : ",\"errors\":" + errors) + "}";
    }

    private com.fasterxml.jackson.databind.JsonNode iteration(long id) {
        return served.iterations().stream().filter(i -> i.path("id").asLong() == id).findFirst().orElseThrow();
    }

    @Test
    void aPartialAnswerWithErrorsIsARefusalAndNoIterationIsDropped() {
        gitlab.serve(served);
        gitlab.server().stubFor(post(urlPathEqualTo("/api/graphql")).atPriority(1)
                .withRequestBody(containing("iterationCadence")).willReturn(FakeGitLab.json(200, cadencesOfFourIterations(
                        "[{\"message\":\"Internal server error: timeout resolving iterationCadence\","
                                + "\"locations\":[{\"line\":6,\"column\":26}],\"path\":[\"group\",\"iterations\"]}]"))));

        Snapshot snapshot = load();

        // before: the four named iterations were taken as the answer, 5000 and 5001 fell out of the plan
        assertThat(snapshot.iterations()).extracting(Iteration::id)
                .containsExactly(5000L, 5001L, 5002L, 5003L, 5004L, 5005L);
        assertThat(snapshot.iterations()).extracting(Iteration::cadenceId).containsOnlyNulls();
        assertOnlyNotice(snapshot, DataGap.ITERATIONS)
                .isEqualTo("the iteration cadences are unknown (GraphQL at " + gitlab.baseUrl() + "/api/graphql"
                        + " answered with errors: Internal server error: timeout resolving iterationCadence): every"
                        + " iteration is kept in the plan");
    }

    @Test
    void iterationsGraphQlDoesNotListAreKeptWithANotice() {
        // a token that sees an ancestor's iterations through REST but not through GraphQL
        gitlab.serve(served);
        gitlab.server().stubFor(post(urlPathEqualTo("/api/graphql")).atPriority(1)
                .withRequestBody(containing("iterationCadence"))
                .willReturn(FakeGitLab.json(200, cadencesOfFourIterations(null))));

        Snapshot snapshot = load();

        assertThat(snapshot.iterations()).extracting(Iteration::id)
                .containsExactly(5000L, 5001L, 5002L, 5003L, 5004L, 5005L);
        assertThat(snapshot.iterations()).extracting(Iteration::cadenceId).containsExactly(null, null, 8L, 8L, 8L, 8L);
        assertThat(snapshot.notices(DataGap.ITERATIONS)).extracting(n -> n.message()).containsExactly(
                "GraphQL named no cadence for 2 of the 6 iterations REST lists (5000, 5001): they are kept in the plan");
    }

    @Test
    void anotherCadenceIsLeftOutButAnIterationOfUnknownCadenceIsKept() {
        gitlab.cadence(5000, 3, "Quarters");
        for (long id = 5002; id <= 5005; id++) {
            gitlab.cadence(id, 8, "Sprints");
        }
        // GraphQL leaves 5001 out: its cadence is unknown
        gitlab.serve(served);
        String body = cadencesOfFourIterations(null).replace("\"nodes\":[", "\"nodes\":["
                + FakeGitLab.iterationNode(iteration(5000), 3, "Quarters") + ",");
        gitlab.server().stubFor(post(urlPathEqualTo("/api/graphql")).atPriority(1)
                .withRequestBody(containing("iterationCadence")).willReturn(FakeGitLab.json(200, body)));

        Snapshot snapshot = load();

        assertThat(snapshot.iterations()).extracting(Iteration::id).containsExactly(5001L, 5002L, 5003L, 5004L, 5005L);
        assertThat(snapshot.notices(DataGap.ITERATIONS)).extracting(n -> n.message()).contains(
                "the plan is cadence 8 (Sprints), the one most issues are planned in (8 issues); left out cadence 3"
                        + " (Quarters): 1 iteration; kept 1 iteration whose cadence is unknown");
    }

    @Test
    void aPartialEpicsAnswerIsNotZeroEpics() {
        gitlab.version("18.2.0-ee");
        ObjectNode epic = GitLabFixtures.template("epic");
        epic.put("id", 7).put("iid", 4).put("group_id", 4).put("title", "Workstream").put("state", "opened");
        served.epics().add(epic);
        gitlab.serve(served);
        gitlab.server().stubFor(post(urlPathEqualTo("/api/graphql")).atPriority(1)
                .withRequestBody(containing("workItems"))
                .willReturn(FakeGitLab.json(200, "{\"data\":{\"group\":{\"workItems\":{\"pageInfo\":{\"hasNextPage\":false,"
                        + "\"endCursor\":null},\"nodes\":[]}}},\"errors\":[{\"message\":\"Timeout on workItems\"}]}")));

        Snapshot snapshot = load();

        // before: 0 epics, no gap, no notice; now GraphQL's refusal sends the read to REST, as when GraphQL fails
        assertThat(snapshot.epics()).extracting(Epic::id).contains(7L);
        assertOnlyNotice(snapshot, DataGap.EPICS)
                .contains("answered with errors: Timeout on workItems" + EpicsReading.FELL_BACK);
    }

    @Test
    void aPartialEpicsAnswerWhoseRestFallbackIsUnreadableIsAReadFailure() {
        gitlab.version("18.2.0-ee");
        gitlab.serve(served).failAlways(FakeGitLab.path(served, Endpoint.EPICS),
                FakeGitLab.json(200, "<html>Sign in</html>"));
        gitlab.server().stubFor(post(urlPathEqualTo("/api/graphql")).atPriority(1)
                .withRequestBody(containing("workItems"))
                .willReturn(FakeGitLab.json(200, "{\"data\":{\"group\":{\"workItems\":{\"pageInfo\":{\"hasNextPage\":false,"
                        + "\"endCursor\":null},\"nodes\":[]}}},\"errors\":[{\"message\":\"Timeout on workItems\"}]}")));

        Snapshot snapshot = load();

        assertThat(snapshot.epics()).isEmpty();
        assertThat(snapshot.gap(DataGap.EPICS)).hasValueSatisfying(g -> assertThat(g.isReadFailure()).isTrue());
    }
}
