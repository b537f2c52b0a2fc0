package dev.psdm.model.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.psdm.model.json.SnapshotFormatException;
import dev.psdm.model.json.SnapshotJson;

import java.io.ByteArrayInputStream;

/**
 * Whatever bytes it is given, the snapshot reader either returns a snapshot or throws the
 * documented {@link SnapshotFormatException}; anything else escaping is a bug Jazzer reports.
 *
 * <p>In the normal build this runs as a regression test over the committed corpus
 * ({@code src/test/resources/dev/psdm/model/fuzz/SnapshotReaderFuzzTestInputs/}). A fuzzing campaign:
 * {@code JAZZER_FUZZ=1 mvn -pl psdm-model test -Dtest=SnapshotReaderFuzzTest} (5 minutes, set by the annotation)
 * (see docs/RELIABILITY.md).
 */
class SnapshotReaderFuzzTest {

    @FuzzTest(maxDuration = "5m")
    void readerThrowsOnlyFormatErrors(byte[] input) {
        try {
            var snapshot = SnapshotJson.read(new ByteArrayInputStream(input), "fuzz.json");
            // what was read must be writable again
            SnapshotJson.toJson(snapshot);
        } catch (SnapshotFormatException expected) {
            String message = expected.getMessage();
            // Only structural checks: the fuzzer learns our string constants and plants them in the input,
            // so a substring test on the message would judge the input, not the reader.
            if (message == null || !message.startsWith("fuzz.json: ") || message.endsWith(": null")
                    || message.lines().count() > 1) {
                throw new AssertionError("format error that does not read as one helpful line: " + message, expected);
            }
        }
    }
}
