package dev.psdm.gitlab;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.psdm.gitlab.fake.FakeGitLabTest;
import dev.psdm.gitlab.fake.GitLabFixtures;
import dev.psdm.gitlab.fake.GitLabProject;
import dev.psdm.gitlab.fake.Synthetic;
import dev.psdm.model.Issue;
import dev.psdm.model.Snapshot;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.ZoneOffset;

import static dev.psdm.gitlab.TestSupport.NOW;
import static dev.psdm.gitlab.TestSupport.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 30 item 1: the compliance issue psdm publishes is never judged by the rules, so a check right after a
 * publish sees the same project as before it: the snapshot leaves out issues carrying the marker, and only them.
 */
class PsdmRecordsTest extends FakeGitLabTest {
    private static final String PATH = "group/subgroup/project";

    @Test
    void theComplianceIssueIsLeftOutOfTheSnapshotAndAPersonsIssueQuotingTheWordsIsNot() {
        GitLabProject served = GitLabFixtures.fromSnapshot(Synthetic.snapshot(PATH, 3, 1));
        Snapshot without = load(served);
        ObjectNode compliance = (ObjectNode) served.issues().get(0).deepCopy();
        compliance.put("id", 9901).put("iid", 901).put("title", "PSDM compliance").put("description",
                "<!-- psdm-check:compliance-issue fingerprint=aaaaaaaa failing=PSDM-RAID-002 -->\n\n# PSDM report");
        ObjectNode quoting = (ObjectNode) served.issues().get(0).deepCopy();
        quoting.put("id", 9902).put("iid", 902).put("title", "How psdm-check:compliance-issue works")
                .put("description", "psdm marks its issue with psdm-check:compliance-issue in a comment");
        served.issues().add(compliance);
        served.issues().add(quoting);

        Snapshot with = load(served);

        assertThat(with.issues()).extracting(Issue::iid).doesNotContain(901L).contains(902L);
        assertThat(with.issues()).hasSize(without.issues().size() + 1);
    }

    private static Snapshot load(GitLabProject served) {
        gitlab.serve(served);
        return GitLabSnapshotLoader.builder().baseUrl(gitlab.baseUrl()).project(PATH).token(() -> TOKEN)
                .clock(Clock.fixed(NOW, ZoneOffset.UTC)).build().load();
    }
}
