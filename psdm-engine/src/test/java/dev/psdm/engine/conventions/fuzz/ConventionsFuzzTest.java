package dev.psdm.engine.conventions.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.psdm.engine.conventions.Conventions;
import dev.psdm.engine.conventions.ConventionsException;
import dev.psdm.engine.conventions.ConventionsYaml;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/**
 * Whatever bytes a {@code .psdm.yml} holds, the conventions reader either returns conventions or
 * throws the documented {@link ConventionsException}: one line, starting with the file name. Anything
 * else escaping (a SnakeYAML exception, a PatternSyntaxException, a NullPointerException...) is a bug.
 *
 * <p>In the normal build this runs as a regression test over the committed corpus
 * ({@code src/test/resources/dev/psdm/engine/conventions/fuzz/ConventionsFuzzTestInputs/}). A campaign:
 * {@code JAZZER_FUZZ=1 mvn -B -q test -pl psdm-rules -am -Dtest=ConventionsFuzzTest
 * -Dsurefire.failIfNoSpecifiedTests=false} (5 minutes, set by the annotation; see docs/RELIABILITY.md).
 */
class ConventionsFuzzTest {
    private static final String FILE = ".psdm.yml";

    @FuzzTest(maxDuration = "5m")
    void readerThrowsOnlyConventionsErrors(byte[] input) {
        // the same decoding as ConventionsYaml.read(Path): UTF-8, malformed bytes replaced
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(input), StandardCharsets.UTF_8)) {
            Conventions conventions = ConventionsYaml.read(reader, FILE);
            // what was read must be writable, and read back the same way
            ConventionsYaml.read(new java.io.StringReader(ConventionsYaml.write(conventions)), FILE);
        } catch (ConventionsException expected) {
            String message = expected.getMessage();
            // structural checks only: the fuzzer plants our own string constants in its inputs
            if (message == null || !message.startsWith(FILE) || message.endsWith(": null")
                    || message.lines().count() > 1) {
                throw new AssertionError("conventions error that does not read as one helpful line: " + message,
                        expected);
            }
        } catch (java.io.IOException e) {
            throw new AssertionError("reading bytes from memory failed", e);
        }
    }
}
