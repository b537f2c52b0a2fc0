package dev.psdm.gitlab;

import com.github.tomakehurst.wiremock.client.WireMock;
import dev.psdm.gitlab.fake.FakeGitLab;
import dev.psdm.gitlab.fake.FakeGitLabTest;
import dev.psdm.gitlab.fake.GitLabProject;
import dev.psdm.model.Snapshot;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.ZoneOffset;

import static dev.psdm.gitlab.TestSupport.NOW;
import static dev.psdm.gitlab.TestSupport.PATH;
import static dev.psdm.gitlab.TestSupport.assertOnlyNotice;
import static dev.psdm.gitlab.TestSupport.synthetic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Public data without a token (issue 31 item 1). doc/api/version.md: {@code GET /version} "Responds
 * {@code 200 OK} for authenticated users", so an anonymous caller gets GitLab's 401 body
 * ({@code {"message":"401 Unauthorized"}}, doc/api/rest/authentication.md) there while the public
 * project itself answers. Without a token that 401 means "version unknown", and no message speaks of
 * a token that was never sent. GraphQL is then sent without any credential header
 * (doc/api/graphql/_index.md, "Authentication": "You can access some queries without authentication").
 */
class AnonymousReadTest extends FakeGitLabTest {
    private GitLabSnapshotLoader.Builder loader() {
        return GitLabSnapshotLoader.builder().baseUrl(gitlab.baseUrl()).project(PATH)
                .clock(Clock.fixed(NOW, ZoneOffset.UTC)).sleeper(new TestSupport.RecordingSleeper());
    }

    @Test
    void withoutATokenA401OnVersionMeansTheVersionIsUnknown() {
        GitLabProject served = synthetic(3, 1);
        gitlab.version(null).serve(served);
        gitlab.failAlways("/api/v4/version", FakeGitLab.error(401, "401 Unauthorized"));

        Snapshot snapshot = loader().build().load();

        assertThat(snapshot.issues()).hasSize(3);
        assertThat(snapshot.source().gitlabVersion()).isNull();
        assertOnlyNotice(snapshot, "version")
                .startsWith("the GitLab version is unknown (GitLab tells its version to authenticated callers only"
                        + " (doc/api/version.md), and no token was given)")
                .doesNotContainIgnoringCase("rejected");
        assertThat(gitlab.requests()).allSatisfy(r -> {
            assertThat(r.containsHeader("PRIVATE-TOKEN")).isFalse();
            assertThat(r.containsHeader("Authorization")).isFalse();
        });
    }

    @Test
    void withoutATokenA401ElsewhereSaysNoTokenWasGivenNotThatOneWasRejected() {
        GitLabProject served = synthetic(3, 1);
        gitlab.serve(served);
        gitlab.server().stubFor(WireMock.any(WireMock.anyUrl()).atPriority(1)
                .willReturn(FakeGitLab.error(401, "401 Unauthorized")));

        assertThatThrownBy(() -> loader().build().fetch())
                .isExactlyInstanceOf(GitLabAccessException.class)
                .hasMessage("GitLab answered 401 Unauthorized at " + gitlab.baseUrl()
                        + "/api/v4/projects/group%2Fsubgroup%2Fproject: no token was given, and this is not public"
                        + " (set GITLAB_TOKEN to a token with read_api)");
    }

    @Test
    void withATokenA401OnVersionStillMeansTheTokenWasRejected() {
        GitLabProject served = synthetic(3, 1);
        gitlab.version(null).serve(served);
        gitlab.failAlways("/api/v4/version", FakeGitLab.error(401, "401 Unauthorized"));

        assertThatThrownBy(() -> loader().token(() -> TestSupport.TOKEN).build().fetch())
                .isExactlyInstanceOf(GitLabAccessException.class)
                .hasMessage("GitLab rejected the token (401) at " + gitlab.baseUrl() + "/api/v4/version");
    }
}
