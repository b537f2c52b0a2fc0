package dev.psdm.model.json;

import dev.psdm.model.Snapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Snapshots a hostile or broken GitLab (or a hand edit) could produce, issue 18 item 7, 5 and 9:
 * each is a one-line error naming the JSON path, or a data gap, never data that makes a rule pass.
 */
class HostileSnapshotTest {

    private static String snapshot(String iterations, String issueFields) {
        return """
                {"schema": "psdm-snapshot/1", "fetchedAt": "2026-03-20T12:00:00Z",
                 "project": {"id": 1, "name": "Acme", "pathWithNamespace": "acme/collab"},
                 "iterations": [%s],
                 "issues": [ {"iid": 7, "title": "Vendor API access", "state": "opened",
                              "createdAt": "2026-01-05T09:00:00Z"%s} ]}
                """.formatted(iterations, issueFields);
    }

    private static final String ITERATION =
            "{\"id\": 11, \"title\": \"Iteration 1\", \"startDate\": \"2026-03-02\", \"dueDate\": \"2026-03-15\"}";

    private static Snapshot read(String json) {
        return read(json.getBytes(StandardCharsets.UTF_8));
    }

    private static Snapshot read(byte[] bytes) {
        return SnapshotJson.read(new ByteArrayInputStream(bytes), "snap.json");
    }

    private static void assertRefused(String json, String expected) {
        assertRefused(json.getBytes(StandardCharsets.UTF_8), expected);
    }

    private static void assertRefused(byte[] bytes, String expected) {
        assertThatThrownBy(() -> read(bytes))
                .isInstanceOf(SnapshotFormatException.class)
                .hasMessageStartingWith("snap.json: ")
                .hasMessageContaining(expected)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n", "Exception", "dev.psdm"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"false\"", "0", "null", "\"\"", "1"})
    void confidentialMustBeAJsonBoolean(String value) {
        assertRefused(snapshot("", ", \"confidential\": " + value), "$.issues[0].confidential: expected true or false");
    }

    @Test
    void confidentialTrueFalseAndMissingStillRead() {
        assertThat(read(snapshot("", ", \"confidential\": true")).issues().get(0).confidential()).isTrue();
        assertThat(read(snapshot("", ", \"confidential\": false")).issues().get(0).confidential()).isFalse();
        assertThat(read(snapshot("", "")).issues().get(0).confidential()).isFalse();
    }

    @Test
    void negativeWeightIsRefusedWithItsPath() {
        assertRefused(snapshot("", ", \"weight\": -5"), "$.issues[0].weight: expected 0 or more but found -5");
    }

    @Test
    void duplicateIterationIdIsRefusedWithBothPaths() {
        assertRefused(snapshot(ITERATION + ", " + ITERATION.replace("Iteration 1", "Iteration 2"), ""),
                "$.iterations[1].id: duplicate iteration id 11 (also $.iterations[0].id)");
    }

    @Test
    void anIssueInAnIterationTheSnapshotLacksIsReadAsItIsForTheEngineToJudge() {
        // the engine leaves no pass that rests on the missing iteration (SkippedRecordsTest, HostileEvaluationTest);
        // reading adds nothing, so a snapshot written and read again is the same snapshot
        Snapshot read = read(snapshot(ITERATION, ", \"iterationId\": 999"));
        assertThat(read.gaps()).isEmpty();
        assertThat(read.issues().get(0).iterationId()).isEqualTo(999L);
        assertThat(read(SnapshotJson.toJson(read))).isEqualTo(read);
    }

    @Test
    void trailingGarbageIsRefused() {
        assertRefused(snapshot("", "") + " garbage", "not valid JSON");
    }

    @Test
    void twoConcatenatedDocumentsAreRefused() {
        assertRefused(snapshot("", "") + snapshot("", ""), "$: more than one JSON document: something follows the snapshot's closing brace (line 6");
    }

    @Test
    void overlongUtf8IsRefusedWithItsOffset() {
        // C0 AF is an overlong '/', E0 80 AF another; both are invalid UTF-8 that Jackson decodes silently
        for (byte[] overlong : new byte[][]{{(byte) 0xC0, (byte) 0xAF}, {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}}) {
            // the offending byte: C0 itself is never valid; after E0 the next byte must be A0..BF
            String json = snapshot("", "");
            int at = json.indexOf("Vendor API") + 6;
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            bytes.writeBytes(json.substring(0, at).getBytes(StandardCharsets.UTF_8));
            bytes.writeBytes(overlong);
            bytes.writeBytes(json.substring(at).getBytes(StandardCharsets.UTF_8));
            int offending = at + (overlong.length == 2 ? 1 : 2);
            assertRefused(bytes.toByteArray(), "not valid UTF-8 at byte " + offending + " (line 4)");
        }
    }

    @Test
    void truncatedUtf8AtTheEndIsRefused() {
        byte[] json = snapshot("", "").getBytes(StandardCharsets.UTF_8);
        byte[] truncated = java.util.Arrays.copyOf(json, json.length + 1);
        truncated[json.length] = (byte) 0xE2;
        assertRefused(truncated, "not valid UTF-8");
    }

    @Test
    void multiByteTextStillReads() {
        String title = "Überprüfung – 検証 🚀";
        assertThat(read(snapshot("", "").replace("Vendor API access", title)).issues().get(0).title()).isEqualTo(title);
    }

    @Test
    void yearOneBillionIsRefusedWithItsPath() {
        assertRefused(snapshot("", "").replace("2026-03-20T12:00:00Z", "+1000000000-01-01T00:00:00Z"),
                "$.fetchedAt: '+1000000000-01-01T00:00:00Z' is outside the years 1970 to 9999");
        assertRefused(snapshot(ITERATION.replace("2026-03-02", "-999999999-01-01"), ""),
                "$.iterations[0].startDate: '-999999999-01-01' is outside the years 1970 to 9999");
    }

    @Test
    void anEndlessStreamIsRefusedAtTheSizeLimit() {
        // /dev/zero or a 570 MB pipe on /dev/stdin: the file-size check cannot see them, the stream guard does
        InputStream endless = new SequenceInputStream(
                new ByteArrayInputStream("{\"schema\": \"psdm-snapshot/1\", \"issues\": [".getBytes(StandardCharsets.UTF_8)),
                new InputStream() {
                    @Override
                    public int read() {
                        return ' ';
                    }
                });
        withLimit("4096", () -> assertThatThrownBy(() -> SnapshotJson.read(endless, "/dev/stdin"))
                .isInstanceOf(SnapshotFormatException.class)
                .hasMessageStartingWith("/dev/stdin: the input is more than the 0 MB this JVM can safely read"));
    }

    @Test
    void aSizeLimitThatIsNotANumberIsAUserError() {
        withLimit("abc", () -> assertThatThrownBy(() -> read(snapshot("", "")))
                .isInstanceOf(SnapshotFormatException.class)
                .hasMessage("-Dpsdm.maxSnapshotBytes=abc: expected a positive number of bytes, e.g. 2000000000"));
    }

    private static void withLimit(String value, Runnable body) {
        String previous = System.getProperty(SnapshotJson.MAX_BYTES_PROPERTY);
        System.setProperty(SnapshotJson.MAX_BYTES_PROPERTY, value);
        try {
            body.run();
        } finally {
            if (previous == null) {
                System.clearProperty(SnapshotJson.MAX_BYTES_PROPERTY);
            } else {
                System.setProperty(SnapshotJson.MAX_BYTES_PROPERTY, previous);
            }
        }
    }
}
