package dev.psdm.gitlab;

import dev.psdm.gitlab.fake.FakeGitLab;
import dev.psdm.gitlab.fake.FakeGitLabTest;
import dev.psdm.gitlab.fake.GitLabContract;
import dev.psdm.gitlab.fake.GitLabProject;
import dev.psdm.model.Snapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static dev.psdm.gitlab.TestSupport.loader;
import static dev.psdm.gitlab.TestSupport.synthetic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every request psdm sends carries only what GitLab documents (issue 31 item 8): {@link GitLabContract}
 * lists, per REST endpoint, the parameters of its doc/api/*.md page and, per GraphQL field, the
 * arguments of doc/api/graphql/reference/_index.md. {@link FakeGitLab} checks it after every test of
 * the module; here a fetch on each GitLab version path is checked, and the check itself is shown to
 * catch an undocumented parameter and argument.
 */
class GitLabContractTest extends FakeGitLabTest {
    @ParameterizedTest
    @ValueSource(strings = {"16.6.2-ee", "17.5.1-ee", "18.1.0-ee", "18.3.1-ee"})
    void aFetchSendsOnlyDocumentedParametersAndArguments(String version) {
        GitLabProject served = synthetic(250, 3);
        gitlab.version(version).serve(served);

        Snapshot snapshot = loader(gitlab).build().load();

        // every stub matched (the stubs ask for the documented parameters and GraphQL arguments)...
        assertThat(snapshot.gaps()).isEmpty();
        assertThat(snapshot.notices()).isEmpty();
        assertThat(snapshot.issues()).hasSize(250);
        // ...and nothing else was sent
        assertThat(GitLabContract.violations(gitlab.requests())).isEmpty();
        assertThat(gitlab.requests()).anySatisfy(r -> assertThat(r.getUrl()).isEqualTo("/api/graphql"));
    }

    @Test
    void anUndocumentedParameterOrArgumentIsCaught() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        // with_count: a misspelling of labels' with_counts (doc/api/labels.md)
        client.send(HttpRequest.newBuilder(URI.create(gitlab.baseUrl()
                + "/api/v4/projects/3/labels?include_ancestor_groups=true&with_count=true&per_page=100")).build(),
                HttpResponse.BodyHandlers.discarding());
        // includeDescendant: not an argument of Group.iterations (doc/api/graphql/reference/_index.md)
        client.send(HttpRequest.newBuilder(URI.create(gitlab.baseUrl() + "/api/graphql"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"query($fullPath: ID!, $after: String) {"
                        + " group(fullPath: $fullPath) { iterations(includeDescendant: true, first: 100, after: $after)"
                        + " { nodes { id } } } }\", \"variables\": {\"fullPath\": \"group/subgroup\", \"after\": null}}"))
                .build(), HttpResponse.BodyHandlers.discarding());

        assertThat(GitLabContract.violations(gitlab.requests())).containsExactly(
                "GET /api/v4/projects/3/labels sends 'with_count', which doc/api/labels.md does not document",
                "POST /api/graphql passes 'includeDescendant' to iterations, which doc/api/graphql/reference/_index.md"
                        + " does not document there");
        gitlab.resetRequests(); // what this test sent on purpose is not psdm's
    }
}
