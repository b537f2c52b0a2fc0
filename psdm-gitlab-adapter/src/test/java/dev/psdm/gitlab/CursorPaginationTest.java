package dev.psdm.gitlab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.psdm.gitlab.fake.FakeGitLab;
import dev.psdm.gitlab.fake.FakeGitLabTest;
import dev.psdm.gitlab.fake.FakeGitLab.Endpoint;
import dev.psdm.gitlab.fake.GitLabProject;
import dev.psdm.model.DataGap;
import dev.psdm.model.Snapshot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.psdm.gitlab.TestSupport.assertOnlyNotice;
import static dev.psdm.gitlab.TestSupport.loader;
import static dev.psdm.gitlab.TestSupport.synthetic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lists paged by cursor, as GitLab's keyset pagination does (doc/api/rest/_index.md, "Keyset-based
 * pagination": the answer has only {@code Link: <...&cursor=...>; rel="next"}, no {@code X-Next-Page},
 * and ignores {@code page}). Reading {@code page+1} there fetched page 1 again until the fetch deadline.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CursorPaginationTest extends FakeGitLabTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private GitLabProject served;
    private String issues;

    @BeforeEach
    void start() {
        served = synthetic(150, 2);
        gitlab.serve(served);
        issues = FakeGitLab.path(served, Endpoint.ISSUES);
    }

    private Snapshot load() {
        return loader(gitlab).build().load();
    }

    private String page(int from, int to) {
        ArrayNode array = JSON.createArrayNode();
        List<JsonNode> slice = served.issues().subList(from, to);
        slice.forEach(array::add);
        return array.toString();
    }

    private String next(String cursor) {
        // the doc's example link: the cursor and the list's parameters, per_page included
        return "<" + gitlab.baseUrl() + issues + "?cursor=" + cursor + "&order_by=created_at&pagination=keyset"
                + "&per_page=100&scope=all&sort=asc&state=all>; rel=\"next\"";
    }

    @Test
    void followsTheCursorGitLabGivesInsteadOfAskingPage2() {
        gitlab.server().stubFor(get(urlPathEqualTo(issues)).atPriority(1).withQueryParam("cursor", absent())
                .willReturn(FakeGitLab.json(200, page(0, 100)).withHeader("Link", next("eyJpZCI6IjEwMCJ9"))));
        gitlab.server().stubFor(get(urlPathEqualTo(issues)).atPriority(1)
                .withQueryParam("cursor", equalTo("eyJpZCI6IjEwMCJ9"))
                .willReturn(FakeGitLab.json(200, page(100, 150))));

        Snapshot snapshot = load();

        assertThat(snapshot.issues()).hasSize(150);
        assertThat(gitlab.requestCount(issues)).isEqualTo(2);
        assertThat(gitlab.requests().stream().filter(r -> r.getUrl().startsWith(issues)).skip(1).findFirst()
                .orElseThrow().queryParameter("state").firstValue()).isEqualTo("all");
    }

    @Test
    void aCursorThatLeadsBackStopsWithANoticeInsteadOfLooping() {
        gitlab.server().stubFor(get(urlPathEqualTo(issues)).atPriority(1).withQueryParam("cursor", absent())
                .willReturn(FakeGitLab.json(200, page(0, 100)).withHeader("Link", next("A"))));
        gitlab.server().stubFor(get(urlPathEqualTo(issues)).atPriority(1).withQueryParam("cursor", equalTo("A"))
                .willReturn(FakeGitLab.json(200, page(100, 150)).withHeader("Link", next("A"))));

        Snapshot snapshot = load();

        assertThat(gitlab.requestCount(issues)).isEqualTo(2);
        assertThat(snapshot.issues()).hasSize(150);
        assertOnlyNotice(snapshot, DataGap.ISSUES)
                .isEqualTo("GitLab sent page 3 back to a page already read; stopped after 2 pages and 150 records,"
                        + " so some may be missing");
    }

    @Test
    void aNextLinkToAnotherHostIsNotFollowed() {
        gitlab.server().stubFor(get(urlPathEqualTo(issues)).atPriority(1)
                .willReturn(FakeGitLab.json(200, page(0, 100))
                        .withHeader("Link", "<https://elsewhere.example/api/v4/projects/3/issues?cursor=A>; rel=\"next\"")));

        // the list broke off: the issues failed to read (the run is incomplete), the rest is read
        Snapshot snapshot = load();
        assertThat(snapshot.gap(DataGap.ISSUES)).hasValueSatisfying(g -> {
            assertThat(g.isReadFailure()).isTrue();
            assertThat(g.reason()).startsWith("GitLab's Link header sends the next page to "
                    + "https://elsewhere.example/api/v4/projects/3/issues, which psdm does not follow");
        });
        assertThat(gitlab.requests()).allSatisfy(r -> assertThat(r.getUrl()).doesNotContain("elsewhere"));
    }
}
