package dev.psdm.model.json;

import dev.psdm.model.DataGap;
import dev.psdm.model.Snapshot;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A gap's cause: absent by design (the default, not written, so older snapshots keep their bytes) or a
 * read failure ({@code "cause": "readFailed"}), which makes the run incomplete.
 */
class DataGapCauseTest {
    private static String snapshot(String gap) {
        return """
                {"schema": "psdm-snapshot/1", "fetchedAt": "2026-03-20T12:00:00Z",
                 "source": {"gitlabUrl": "https://gitlab.example.com", "projectPath": "acme/collab", "projectId": 1},
                 "project": {"id": 1, "name": "Acme", "pathWithNamespace": "acme/collab"},
                 "gaps": [ %s ]}
                """.formatted(gap);
    }

    private static Snapshot read(String json) {
        return SnapshotJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "snap.json");
    }

    private static String write(Snapshot snapshot) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SnapshotJson.newMapper().writeValue(out, snapshot);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aGapWithoutCauseIsAbsentByDesignAndIsWrittenWithoutOne() throws Exception {
        Snapshot snapshot = read(snapshot("{\"resource\": \"epics\", \"reason\": \"403 Forbidden\"}"));

        DataGap gap = snapshot.gaps().get(0);
        assertThat(gap.cause()).isEqualTo(DataGap.Cause.UNAVAILABLE);
        assertThat(gap.isReadFailure()).isFalse();
        assertThat(write(snapshot)).doesNotContain("cause");
    }

    @Test
    void aReadFailureKeepsItsCauseThroughJson() throws Exception {
        Snapshot snapshot = read(snapshot(
                "{\"resource\": \"issues\", \"reason\": \"page 2: 404\", \"cause\": \"readFailed\"}"));

        assertThat(snapshot.gaps().get(0).isReadFailure()).isTrue();
        assertThat(write(snapshot)).contains("\"cause\" : \"readFailed\"");
        assertThat(read(write(snapshot)).gaps()).containsExactly(DataGap.readFailed("issues", "page 2: 404"));
    }

    @Test
    void anUnknownCauseIsRefused() {
        assertThatThrownBy(() -> read(snapshot(
                "{\"resource\": \"issues\", \"reason\": \"x\", \"cause\": \"gone\"}")))
                .hasMessageContaining("gone");
    }
}
