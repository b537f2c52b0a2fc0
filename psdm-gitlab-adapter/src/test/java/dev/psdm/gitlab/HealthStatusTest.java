package dev.psdm.gitlab;

import dev.psdm.gitlab.fake.FakeGitLabTest;
import dev.psdm.gitlab.fake.GitLabProject;
import dev.psdm.model.Issue;
import dev.psdm.model.Snapshot;
import dev.psdm.model.json.SnapshotJson;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static dev.psdm.gitlab.TestSupport.issueBody;
import static dev.psdm.gitlab.TestSupport.loader;
import static dev.psdm.gitlab.TestSupport.synthetic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 31 item 7: an issue's health status as GitLab documents it. doc/api/issues.md, "List project
 * issues": "Issues created by users on GitLab Ultimate include the {@code health_status} property"
 * ({@code "health_status": "on_track"}); the values are {@code on_track}, {@code needs_attention},
 * {@code at_risk} (the same page's {@code health_status} filter). Elsewhere the key is absent, and absent
 * is unknown, never "on track" (PSDM-RAID-002 escalates only on what GitLab says).
 */
class HealthStatusTest extends FakeGitLabTest {
    @Test
    void keepsGitLabsHealthStatusAndAbsentStaysUnknown() {
        GitLabProject served = synthetic(4, 1);
        issueBody(served, 0).put("health_status", "on_track");
        issueBody(served, 1).put("health_status", "needs_attention");
        issueBody(served, 2).put("health_status", "at_risk");
        issueBody(served, 3).remove("health_status"); // Free and Premium: no key
        gitlab.reset().serve(served);

        Snapshot snapshot = loader(gitlab).build().load();

        assertThat(snapshot.issues()).extracting(Issue::healthStatus)
                .containsExactly("on_track", "needs_attention", "at_risk", null);
        assertThat(snapshot.issues()).extracting(Issue::healthAsksForAction).containsExactly(false, true, true, false);

        // the snapshot keeps it, and a snapshot without it (written before) reads as unknown
        String json = SnapshotJson.toJson(snapshot);
        assertThat(json).contains("\"healthStatus\" : \"at_risk\"");
        Snapshot back = SnapshotJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "s.json");
        assertThat(back.issues()).extracting(Issue::healthStatus).containsExactly("on_track", "needs_attention", "at_risk", null);
    }
}
