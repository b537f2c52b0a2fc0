package dev.psdm.engine.conventions;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where a {@link Conventions} came from, so that problems found after loading (an override of a rule
 * id the engine does not have) still point at the file and line that caused them.
 *
 * @param file  the file as the user named it, or null for conventions built in code
 * @param lines the line of each key, by its path ({@code rules.PSDM-RAID-002}, {@code waivers[0].rule})
 */
public record ConventionsSource(@Nullable String file, Map<String, Integer> lines) {
    /** Conventions built in code (the handbook's defaults, tests, embedding applications). */
    public static final ConventionsSource IN_CODE = new ConventionsSource(null, Map.of());

    public ConventionsSource {
        lines = Map.copyOf(lines);
    }

    /** An error about a key, located when the key came from a file. */
    public ConventionsException error(String keyPath, String problem) {
        return new ConventionsException(file == null ? "conventions" : file, lines.get(keyPath), keyPath, problem);
    }
}
