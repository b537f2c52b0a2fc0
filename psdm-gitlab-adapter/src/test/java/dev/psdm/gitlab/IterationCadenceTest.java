package dev.psdm.gitlab;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.psdm.gitlab.fake.FakeGitLab;
import dev.psdm.gitlab.fake.FakeGitLabTest;
import dev.psdm.gitlab.fake.GitLabProject;
import dev.psdm.model.DataGap;
import dev.psdm.model.Iteration;
import dev.psdm.model.Snapshot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.psdm.gitlab.TestSupport.assertOnlyNotice;
import static dev.psdm.gitlab.TestSupport.synthetic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A group with two iteration cadences: {@code GET /projects/:id/iterations?include_ancestors=true}
 * (doc/api/iterations.md; doc/api/group_iterations.md adds {@code sequence}) returns both merged;
 * GraphQL's {@code Iteration.iterationCadence} tells them apart. The plan is the cadence the
 * project's issues are planned in.
 */
class IterationCadenceTest extends FakeGitLabTest {
    private GitLabProject served;

    @BeforeEach
    void start() {
        // 6 iterations 5000..5005, issue i planned in 5000 + i % 6
        served = synthetic(12, 6);
        // the customer group's quarterly cadence (id 3): iterations 5000 and 5001; the team's sprints (id 8): the rest
        gitlab.cadence(5000, 3, "Quarters").cadence(5001, 3, "Quarters");
        for (long id = 5002; id <= 5005; id++) {
            gitlab.cadence(id, 8, "Sprints");
        }
        for (int n = 0; n < 6; n++) {
            ((ObjectNode) served.iterations().get(n)).put("sequence", n < 2 ? n + 1 : n - 1);
        }
    }

    private GitLabSnapshotLoader.Builder loader() {
        gitlab.serve(served);
        return TestSupport.loader(gitlab);
    }

    @Test
    void thePlanIsTheCadenceMostIssuesArePlannedIn() {
        Snapshot snapshot = loader().build().load();

        assertThat(snapshot.iterations()).extracting(Iteration::id).containsExactly(5002L, 5003L, 5004L, 5005L);
        assertThat(snapshot.iterations()).allSatisfy(it -> {
            assertThat(it.cadenceId()).isEqualTo(8L);
            assertThat(it.cadenceTitle()).isEqualTo("Sprints");
        });
        assertThat(snapshot.iterations().get(0).sequence()).isEqualTo(1);
        assertOnlyNotice(snapshot, DataGap.ITERATIONS)
                .isEqualTo("the plan is cadence 8 (Sprints), the one most issues are planned in (8 issues); left out"
                        + " cadence 3 (Quarters): 2 iterations");
    }

    @Test
    void onATieTheLowestCadenceIdIsThePlan() {
        for (long id = 5000; id <= 5005; id++) {
            gitlab.cadence(id, id % 2 == 0 ? 8 : 3, id % 2 == 0 ? "Sprints" : "Quarters");
        }

        Snapshot snapshot = loader().build().load();

        assertThat(snapshot.iterations()).extracting(Iteration::cadenceId).containsOnly(3L);
        assertThat(snapshot.notices(DataGap.ITERATIONS).get(0).message()).startsWith("the plan is cadence 3 (Quarters)");
    }

    @Test
    void anOverrideByTitleOrIdWins() {
        Snapshot byTitle = loader().iterationCadence("quarters").build().load();
        Snapshot byId = loader().iterationCadence("3").build().load();

        assertThat(byTitle.iterations()).extracting(Iteration::id).containsExactly(5000L, 5001L);
        assertThat(byId.iterations()).isEqualTo(byTitle.iterations());
        assertThat(byTitle.notices(DataGap.ITERATIONS).get(0).message())
                .isEqualTo("the plan is cadence 3 (Quarters), as configured; left out cadence 8 (Sprints): 4 iterations");
    }

    @Test
    void anOverrideNamingNoCadenceIsANoticeAndTheIssuesDecide() {
        Snapshot snapshot = loader().iterationCadence("Monthly").build().load();

        assertThat(snapshot.iterations()).extracting(Iteration::cadenceId).containsOnly(8L);
        assertThat(snapshot.notices(DataGap.ITERATIONS).get(0).message()).isEqualTo("the iteration cadence 'Monthly'"
                + " set for this project is none of cadence 3 (Quarters), cadence 8 (Sprints); chosen by the issues"
                + " instead");
    }

    @Test
    void withoutGraphQlTheIterationsAreKeptWholeWithANotice() {
        gitlab.serve(served);
        gitlab.server().stubFor(post(urlPathEqualTo("/api/graphql")).atPriority(1)
                .withRequestBody(containing("iterationCadence")).willReturn(FakeGitLab.error(404, "404 Not Found")));

        Snapshot snapshot = TestSupport.loader(gitlab).build().load();

        // one group: REST cannot tell its cadences apart, so nothing is left out, and the notice says why
        assertThat(snapshot.iterations()).hasSize(6).extracting(Iteration::cadenceId).containsOnlyNulls();
        assertOnlyNotice(snapshot, DataGap.ITERATIONS)
                .startsWith("the iteration cadences are unknown (GitLab answered 404 Not Found at " + gitlab.baseUrl()
                        + "/api/graphql)");
    }

    /**
     * Issue 31 item 7: the cadence's {@code durationInWeeks} and {@code automatic} as GraphQL's
     * {@code IterationCadence} documents them (doc/api/graphql/reference/_index.md: {@code durationInWeeks: Int}
     * "Duration in weeks of the iterations within the cadence", {@code automatic: Boolean} "Whether the
     * iteration cadence should automatically generate upcoming iterations"). A cadence that sends neither
     * (a manual cadence without a duration) leaves them unknown.
     */
    @Test
    void keepsTheCadencesDurationAndAutomaticSchedulingWhereGitLabSaysThem() {
        gitlab.cadenceSettings(8, 2, true).cadenceSettings(3, null, null);

        Snapshot snapshot = loader().iterationCadence("3").build().load();

        assertThat(snapshot.iterations()).isNotEmpty().allSatisfy(it -> {
            assertThat(it.cadenceId()).isEqualTo(3L);
            assertThat(it.cadenceDurationWeeks()).isNull();
            assertThat(it.cadenceAutomatic()).isNull();
        });
        Snapshot sprints = loader().build().load();
        assertThat(sprints.iterations()).isNotEmpty().allSatisfy(it -> {
            assertThat(it.cadenceId()).isEqualTo(8L);
            assertThat(it.cadenceDurationWeeks()).isEqualTo(2);
            assertThat(it.cadenceAutomatic()).isTrue();
        });
        // the query asks for exactly these fields (doc/api/graphql/reference/_index.md, IterationCadence)
        gitlab.server().verify(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(urlPathEqualTo("/api/graphql"))
                .withRequestBody(containing("iterationCadence { id title durationInWeeks automatic }")));
    }
}
