package dev.psdm.gitlab;

import dev.psdm.gitlab.fake.FakeGitLabTest;
import dev.psdm.gitlab.fake.GitLabFixtures;
import dev.psdm.gitlab.fake.GitLabProject;
import dev.psdm.model.Group;
import dev.psdm.model.Project;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static dev.psdm.gitlab.TestSupport.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Listing a PS group's projects for a portfolio scan: subgroups included, archived and shared projects left out. */
class GroupProjectsTest extends FakeGitLabTest {
    static GitLabProject project(long id, String path, boolean archived) {
        String groupPath = path.substring(0, path.lastIndexOf('/'));
        Project p = new Project(id, path.substring(path.lastIndexOf('/') + 1), path, null,
                "https://gitlab.example.com/" + path, Instant.parse("2025-09-30T13:46:02Z"), archived);
        Group g = new Group(id + 10_000, groupPath.substring(groupPath.lastIndexOf('/') + 1), groupPath,
                "https://gitlab.example.com/groups/" + groupPath);
        return new GitLabProject(GitLabFixtures.project(p, g), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of());
    }

    private static GitLabSnapshotLoader.Builder settings() {
        return GitLabSnapshotLoader.builder().baseUrl(gitlab.baseUrl()).token(() -> TOKEN)
                .sleeper(new TestSupport.RecordingSleeper()).jitter(() -> 0.0);
    }

    @Test
    void listsTheProjectsOfTheGroupAndItsSubgroupsByPathWithoutArchivedOnes() {
        gitlab.serveGroup("ps/customers", List.of(
                project(3, "ps/customers/globex/globex-collaboration", false),
                project(1, "ps/customers/acme/acme-collaboration", false),
                project(2, "ps/customers/acme/old-engagement", true),
                project(4, "ps/customers/initech/emea/initech-collaboration", false)));

        List<GroupProject> projects = settings().listGroupProjects("ps/customers");

        assertThat(projects).extracting(GroupProject::pathWithNamespace).containsExactly(
                "ps/customers/acme/acme-collaboration", "ps/customers/globex/globex-collaboration",
                "ps/customers/initech/emea/initech-collaboration");
        assertThat(projects.get(0).id()).isEqualTo(1);
        assertThat(gitlab.requests()).singleElement().satisfies(r -> {
            assertThat(r.queryParameter("include_subgroups").firstValue()).isEqualTo("true");
            assertThat(r.queryParameter("archived").firstValue()).isEqualTo("false");
            assertThat(r.queryParameter("with_shared").firstValue()).isEqualTo("false");
        });
    }

    @Test
    void readsEveryPageOfALargeGroup() {
        List<GitLabProject> many = new ArrayList<>();
        for (int i = 1; i <= 230; i++) {
            many.add(project(i, String.format("ps/customers/c%03d/collaboration", i), false));
        }
        gitlab.serveGroup("ps/customers", many);

        assertThat(settings().listGroupProjects("/ps/customers/")).hasSize(230);
        assertThat(gitlab.requestCount()).isEqualTo(3);
    }

    @Test
    void anUnknownGroupIsAnAccessErrorNamingIt() {
        assertThatThrownBy(() -> settings().listGroupProjects("ps/nobody"))
                .isInstanceOf(GitLabAccessException.class)
                .hasMessageContaining("group 'ps/nobody' not found (404)")
                .hasMessageNotContaining(TOKEN);
    }
}
