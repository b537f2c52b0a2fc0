package dev.psdm.gitlab;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.psdm.gitlab.fake.FakeGitLab;
import dev.psdm.gitlab.fake.FakeGitLabTest;
import dev.psdm.gitlab.fake.FakeGitLab.Endpoint;
import dev.psdm.gitlab.fake.GitLabProject;
import dev.psdm.model.Snapshot;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.psdm.gitlab.TestSupport.assertOnlyNotice;
import static dev.psdm.gitlab.TestSupport.loader;
import static dev.psdm.gitlab.TestSupport.synthetic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The instance's version (doc/api/version.md: {@code GET /version} → {@code {"version": "8.13.0-pre",
 * "revision": "4e963fe"}}) decides the parameters: doc/api/milestones.md ({@code include_ancestors}
 * from 16.7, {@code include_parent_milestones} before) and doc/api/rest/_index.md (keyset pages for
 * project issues from 18.3). It is read once and recorded in the snapshot's source.
 */
class InstanceVersionTest extends FakeGitLabTest {
    private final GitLabProject served = synthetic(3, 1);

    private Snapshot load(String version) {
        gitlab.version(version).serve(served);
        return loader(gitlab).build().load();
    }

    private LoggedRequest first(Endpoint endpoint) {
        return gitlab.requests().stream().filter(r -> r.getUrl().startsWith(FakeGitLab.path(served, endpoint)))
                .findFirst().orElseThrow();
    }

    @Test
    void before16Point7GroupMilestonesAreAskedForByTheirOldName() {
        Snapshot snapshot = load("16.6.2-ee");

        LoggedRequest milestones = first(Endpoint.MILESTONES);
        assertThat(milestones.queryParameter("include_parent_milestones").firstValue()).isEqualTo("true");
        assertThat(milestones.queryParameter("include_ancestors").isPresent()).isFalse();
        assertThat(snapshot.source().gitlabVersion()).isEqualTo("16.6.2-ee");
        assertThat(snapshot.milestones()).hasSize(1);
    }

    @Test
    void from16Point7IncludeAncestorsIsSent() {
        load("16.7.0");

        LoggedRequest milestones = first(Endpoint.MILESTONES);
        assertThat(milestones.queryParameter("include_ancestors").firstValue()).isEqualTo("true");
        assertThat(milestones.queryParameter("include_parent_milestones").isPresent()).isFalse();
        assertThat(gitlab.requestCount("/api/v4/version")).isOne();
    }

    @Test
    void from18Point3ProjectIssuesAreAskedForInKeysetPages() {
        Snapshot snapshot = load("18.3.1-ee");

        assertThat(snapshot.issues()).hasSize(3);
        assertThat(first(Endpoint.ISSUES).queryParameter("pagination").firstValue()).isEqualTo("keyset");
        // keyset pages have no numbers: the first is asked without one
        assertThat(first(Endpoint.ISSUES).queryParameter("page").isPresent()).isFalse();
        assertThat(first(Endpoint.ISSUES).queryParameter("order_by").firstValue()).isEqualTo("created_at");
        assertThat(first(Endpoint.LABELS).queryParameter("pagination").isPresent()).isFalse();
        gitlab.resetRequests();
        load("18.2.0-ee");
        assertThat(first(Endpoint.ISSUES).queryParameter("pagination").isPresent()).isFalse();
    }

    @Test
    void anInstanceThatDoesNotSayItsVersionIsReadWithTodaysParametersAndANotice() {
        Snapshot snapshot = load(null);

        assertThat(snapshot.source().gitlabVersion()).isNull();
        assertThat(first(Endpoint.MILESTONES).queryParameter("include_ancestors").firstValue()).isEqualTo("true");
        assertOnlyNotice(snapshot, "version")
                .startsWith("the GitLab version is unknown (GitLab answered 404 Not Found at " + gitlab.baseUrl()
                        + "/api/v4/version)");
        assertThat(List.copyOf(snapshot.issues())).hasSize(3);
    }

    @Test
    void versionsAreReadFromTheirMajorAndMinor() {
        assertThat(InstanceVersion.parse("8.13.0-pre")).isEqualTo(new InstanceVersion("8.13.0-pre", 8, 13));
        assertThat(InstanceVersion.parse("16.10.1-ee").atLeast(16, 7)).isTrue();
        assertThat(InstanceVersion.parse("16.6.9").atLeast(16, 7)).isFalse();
        assertThat(InstanceVersion.parse("unknown")).isNull();
    }
}
