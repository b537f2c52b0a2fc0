package dev.psdm.gitlab;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.psdm.gitlab.fake.FakeGitLab;
import dev.psdm.gitlab.fake.FakeGitLabTest;
import dev.psdm.gitlab.fake.FakeGitLab.Endpoint;
import dev.psdm.gitlab.fake.GitLabProject;
import dev.psdm.model.DataGap;
import dev.psdm.model.Snapshot;
import dev.psdm.model.json.SnapshotJson;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.psdm.gitlab.TestSupport.synthetic;
import static dev.psdm.gitlab.TestSupport.waitlessLoader;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 22 item 2, the adapter's side: every gap says whether the data is absent by design (a 403/404
 * on a resource's first page: tier, permission, feature off) or failed to read (an undecodable body, a
 * 404 on page 2, a partial answer). Only the second makes the run incomplete, so a read failure must
 * never pass for a tier gap. Error bodies: ../shared/gitlab-api/error-bodies.json.
 */
class GapCauseTest extends FakeGitLabTest {
    private final GitLabProject served = synthetic(250, 3);

    private Snapshot load() {
        return waitlessLoader(gitlab, new TestSupport.RecordingSleeper()).build().load();
    }

    @Test
    void anUndecodableBodyIsAReadFailure() {
        gitlab.serve(served).failAlways(FakeGitLab.path(served, Endpoint.ISSUES),
                FakeGitLab.json(200, "<html><body>Please sign in</body></html>"));

        Snapshot snapshot = load();

        assertThat(snapshot.gap(DataGap.ISSUES)).hasValueSatisfying(g -> {
            assertThat(g.isReadFailure()).isTrue();
            assertThat(g.reason()).contains("not the JSON GitLab sends for issues");
        });
        // and the snapshot says so, for check --snapshot
        assertThat(SnapshotJson.toJson(snapshot)).contains("\"cause\" : \"readFailed\"");
    }

    @Test
    void a404OnPageTwoIsAReadFailureNotATierGap() {
        gitlab.serve(served);
        gitlab.server().stubFor(get(urlPathEqualTo(FakeGitLab.path(served, Endpoint.ISSUES))).atPriority(1)
                .withQueryParam("page", equalTo("2")).willReturn(FakeGitLab.error(404, "404 Not found")));

        Snapshot snapshot = load();

        assertThat(snapshot.issues()).isEmpty();
        assertThat(snapshot.gap(DataGap.ISSUES)).hasValueSatisfying(g -> {
            assertThat(g.isReadFailure()).isTrue();
            assertThat(g.reason()).startsWith("page 2 of issues could not be read after 100 records (GitLab answered"
                    + " 404 Not Found").endsWith("the list is incomplete");
        });
    }

    @Test
    void a403OnTheFirstPageIsAbsentByDesign() {
        gitlab.serve(served).failAlways(FakeGitLab.path(served, Endpoint.EPICS), FakeGitLab.error(403, "403 Forbidden"));

        Snapshot snapshot = load();

        assertThat(snapshot.gap(DataGap.EPICS)).hasValueSatisfying(g -> {
            assertThat(g.isReadFailure()).isFalse();
            assertThat(g.reason()).contains("epics need GitLab Premium or Ultimate");
        });
        assertThat(snapshot.gaps()).noneMatch(DataGap::isReadFailure);
    }

    @Test
    void aFeatureSwitchedOffAndAMissingTierAreAbsentByDesign() {
        ((ObjectNode) served.project()).put("wiki_enabled", false);
        served.issues().forEach(i -> ((ObjectNode) i).remove("weight"));
        gitlab.serve(served);

        Snapshot snapshot = load();

        assertThat(snapshot.gap(DataGap.WIKI)).hasValueSatisfying(g -> assertThat(g.isReadFailure()).isFalse());
        assertThat(snapshot.gap(DataGap.WEIGHTS)).hasValueSatisfying(g -> assertThat(g.isReadFailure()).isFalse());
        assertThat(SnapshotJson.toJson(snapshot)).doesNotContain("\"cause\"");
    }
}
