package dev.psdm.model.json;

import dev.psdm.model.Issue;
import dev.psdm.model.Snapshot;
import dev.psdm.model.UnsupportedSchemaException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SnapshotJsonTest {

    private static final String MINIMAL = """
            {"schema": "psdm-snapshot/1", "fetchedAt": "2026-03-20T12:00:00Z",
             "project": {"id": 1, "name": "Acme", "pathWithNamespace": "acme/collab"},
             "issues": [ {"iid": 1, "title": "Kickoff", "state": "opened", "createdAt": "2026-01-05T09:00:00Z",
                          "weight": null, "labels": ["PS RAID Log"]} ]}
            """;

    private static Snapshot read(String json) {
        return SnapshotJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "snap.json");
    }

    @Test
    void readsAMinimalSnapshotWithDefaults() {
        Snapshot snapshot = read(MINIMAL);
        assertThat(snapshot.project().name()).isEqualTo("Acme");
        assertThat(snapshot.iterations()).isEmpty();
        Issue issue = snapshot.issues().get(0);
        assertThat(issue.weight()).isNull();
        assertThat(issue.updatedAt()).isEqualTo(issue.createdAt());
        assertThat(issue.isOpen()).isTrue();
        assertThat(issue.hasLabel("ps raid log")).isTrue();
    }

    @Test
    void ignoresUnknownFields() {
        Snapshot snapshot = read(MINIMAL.replace("\"fetchedAt\"", "\"addedLater\": {\"x\": 1}, \"fetchedAt\""));
        assertThat(snapshot.issues()).hasSize(1);
    }

    @Test
    void writesAndReadsBackTheSameSnapshot() {
        Snapshot snapshot = read(MINIMAL);
        String json = SnapshotJson.toJson(snapshot);
        assertThat(read(json)).isEqualTo(snapshot);
        assertThat(json).startsWith("{\n  \"schema\" : \"psdm-snapshot/1\"");
    }

    @Test
    void wrongTypeNamesTheJsonPathAndWhatWasExpected() {
        assertThatThrownBy(() -> read(MINIMAL.replace("\"weight\": null", "\"weight\": \"heavy\"")))
                .isInstanceOf(SnapshotFormatException.class)
                .hasMessageStartingWith("snap.json: $.issues[0].weight: expected an integer but found \"heavy\"")
                .hasMessageContaining("(line 4")
                .extracting(e -> ((SnapshotFormatException) e).jsonPath()).isEqualTo("$.issues[0].weight");
    }

    @Test
    void badDateNamesThePathAndTheExpectedFormat() {
        assertThatThrownBy(() -> read(MINIMAL.replace("\"2026-01-05T09:00:00Z\"", "\"last tuesday\"")))
                .hasMessageStartingWith("snap.json: $.issues[0].createdAt: expected an ISO-8601 instant");
    }

    @Test
    void missingRequiredFieldIsNamed() {
        assertThatThrownBy(() -> read(MINIMAL.replace("\"title\": \"Kickoff\", ", "")))
                .hasMessageStartingWith("snap.json: $.issues[0]: missing required field 'title'");
    }

    @Test
    void invalidJsonSaysWhereItBroke() {
        assertThatThrownBy(() -> read("{\"schema\": \"psdm-snapshot/1\", \"fetchedAt\": "))
                .isInstanceOf(SnapshotFormatException.class)
                .hasMessageStartingWith("snap.json: not valid JSON:")
                .hasMessageContaining("line 1");
    }

    @Test
    void unknownSchemaVersionIsRefusedClearly() {
        assertThatThrownBy(() -> read(MINIMAL.replace("psdm-snapshot/1", "psdm-snapshot/9")))
                .isInstanceOf(SnapshotFormatException.class)
                .hasMessage("snap.json: $: unsupported snapshot schema \"psdm-snapshot/9\": this version of psdm-check reads \"psdm-snapshot/1\"")
                .hasCauseInstanceOf(com.fasterxml.jackson.databind.exc.ValueInstantiationException.class)
                .rootCause().isInstanceOf(UnsupportedSchemaException.class);
    }

    @Test
    void missingSchemaIsRefused() {
        assertThatThrownBy(() -> read(MINIMAL.replace("\"schema\": \"psdm-snapshot/1\",", "")))
                .hasMessageContaining("missing \"schema\"");
    }

    @Test
    void emptyFileIsAnError() {
        assertThatThrownBy(() -> read("")).isInstanceOf(SnapshotFormatException.class);
    }

    @Test
    void missingFileIsAnError() {
        assertThatThrownBy(() -> SnapshotJson.read(Path.of("does-not-exist.json")))
                // an I/O error, not a format error (issue 28 item 8): a service tells "not found" from "malformed"
                .isExactlyInstanceOf(java.io.UncheckedIOException.class)
                .hasMessage("does-not-exist.json: no such file")
                .cause().isInstanceOf(java.nio.file.NoSuchFileException.class);
    }

    @Test
    void snapshotTooLargeForTheHeapIsRefusedBeforeReading() {
        Path large = Path.of("..", "examples", "snapshots", "large-project.json");
        String previous = System.getProperty(SnapshotJson.MAX_BYTES_PROPERTY);
        System.setProperty(SnapshotJson.MAX_BYTES_PROPERTY, "1024");
        try {
            assertThatThrownBy(() -> SnapshotJson.read(large))
                    .isInstanceOf(SnapshotFormatException.class)
                    .hasMessageContaining("large-project.json: the file is 0 MB, more than the 0 MB this JVM can safely read")
                    .hasMessageContaining("run java with a larger -Xmx");
        } finally {
            if (previous == null) {
                System.clearProperty(SnapshotJson.MAX_BYTES_PROPERTY);
            } else {
                System.setProperty(SnapshotJson.MAX_BYTES_PROPERTY, previous);
            }
        }
    }
}
