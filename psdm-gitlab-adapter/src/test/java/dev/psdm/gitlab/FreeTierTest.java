package dev.psdm.gitlab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.psdm.gitlab.fake.FakeGitLabTest;
import dev.psdm.gitlab.fake.GitLabProject;
import dev.psdm.model.DataGap;
import dev.psdm.model.Issue;
import dev.psdm.model.Snapshot;
import org.junit.jupiter.api.Test;

import static dev.psdm.gitlab.TestSupport.loader;
import static dev.psdm.gitlab.TestSupport.synthetic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * GitLab Free answers issues without the Premium keys (doc/api/issues.md: {@code weight},
 * {@code iteration}, {@code epic}, {@code epic_iid} are "Premium or Ultimate"; the README of
 * shared/gitlab-api notes the key is then absent, not null). Absent on every issue is a data gap, so
 * no rule passes for lack of weights; {@code "weight": null} stays an unweighted issue.
 */
class FreeTierTest extends FakeGitLabTest {
    private final GitLabProject served = synthetic(3, 2);

    private Snapshot load() {
        gitlab.serve(served);
        return loader(gitlab).build().load();
    }

    @Test
    void noWeightKeyOnAnyIssueIsAWeightsGap() {
        served.issues().forEach(i -> ((ObjectNode) i).remove("weight"));

        Snapshot snapshot = load();

        assertThat(snapshot.issues()).hasSize(3).extracting(Issue::weight).containsOnlyNulls();
        assertThat(snapshot.gap(DataGap.WEIGHTS)).hasValueSatisfying(g -> assertThat(g.reason()).isEqualTo(
                "GitLab sent no 'weight' on any of the 3 issues: issue weights need GitLab Premium or Ultimate"
                        + " (GitLab Free has none); an unweighted issue has \"weight\": null"));
    }

    /**
     * ee/lib/ee/api/entities/issue.rb exposes {@code weight} only where the issue's type supports it
     * (lib/gitlab/database_importers/work_items/base_type_importer.rb: incidents and test cases have no
     * Weight widget): on a Premium project their missing key is neither a tier gap nor "unweighted"
     * (issue 31 item 5). Types from doc/api/issues.md ({@code issue_type}).
     */
    @Test
    void incidentsAndTestCasesWithoutAWeightKeyAreNoTierGap() {
        ((ObjectNode) served.issues().get(0)).put("issue_type", "issue").put("weight", 3);
        ((ObjectNode) served.issues().get(1)).put("issue_type", "incident").remove("weight");
        ((ObjectNode) served.issues().get(2)).put("issue_type", "test_case").remove("weight");

        Snapshot snapshot = load();

        assertThat(snapshot.gap(DataGap.WEIGHTS)).isEmpty();
        assertThat(snapshot.issues()).filteredOn(i -> !i.isType("issue"))
                .hasSize(2).allSatisfy(i -> assertThat(i.supportsWeight()).isFalse());
        // and with only those types, nothing tells the tier: no weights gap either
        served.issues().remove(0);
        gitlab.reset();
        assertThat(load().gap(DataGap.WEIGHTS)).isEmpty();
    }

    @Test
    void weightNullIsAnUnweightedIssueNotAGap() {
        served.issues().forEach(i -> ((ObjectNode) i).putNull("weight"));

        Snapshot snapshot = load();

        assertThat(snapshot.gap(DataGap.WEIGHTS)).isEmpty();
        assertThat(snapshot.issues()).extracting(Issue::weight).containsOnlyNulls();
    }

    @Test
    void oneIssueWithAWeightKeyMeansTheInstanceHasWeights() {
        served.issues().forEach(i -> ((ObjectNode) i).remove("weight"));
        ((ObjectNode) served.issues().get(1)).put("weight", 3);

        assertThat(load().gap(DataGap.WEIGHTS)).isEmpty();
    }

    @Test
    void freeIssuesWithoutIterationAndEpicKeysAreGapsTooEvenWhenTheListsAnswer() {
        for (JsonNode issue : served.issues()) {
            ((ObjectNode) issue).remove(java.util.List.of("weight", "iteration", "epic", "epic_iid"));
        }

        Snapshot snapshot = load();

        assertThat(snapshot.gaps()).extracting(DataGap::resource)
                .containsExactlyInAnyOrder(DataGap.WEIGHTS, DataGap.ITERATIONS, DataGap.EPICS);
        assertThat(snapshot.gap(DataGap.ITERATIONS).orElseThrow().reason())
                .startsWith("GitLab sent no 'iteration' on any of the 3 issues");
    }

    @Test
    void aPremiumAnswerHasNoTierGaps() {
        assertThat(load().gaps()).isEmpty();
    }
}
