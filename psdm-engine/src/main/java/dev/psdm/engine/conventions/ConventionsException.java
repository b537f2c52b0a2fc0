package dev.psdm.engine.conventions;

import org.jspecify.annotations.Nullable;

/**
 * A conventions file (or conventions built in code) that cannot be used. The message is one line,
 * {@code FILE:LINE: KEY: PROBLEM}, e.g.
 * {@code .psdm.yml:12: labels.sow: invalid regular expression '(SOW-': Unclosed group}.
 */
public class ConventionsException extends IllegalArgumentException {
    private final String file;
    private final Integer line;
    private final String key;

    public ConventionsException(String file, @Nullable Integer line, @Nullable String key, String problem) {
        this(file, line, null, key, problem);
    }

    /** As above, with the 1-based column where it is known (a YAML syntax error): {@code FILE:LINE:COLUMN: PROBLEM}. */
    public ConventionsException(String file, @Nullable Integer line, @Nullable Integer column, @Nullable String key,
                                String problem) {
        super(oneLine(file + (line != null ? ":" + line : "") + (line != null && column != null ? ":" + column : "")
                + ": " + (key != null ? key + ": " : "") + problem));
        this.file = file;
        this.line = line;
        this.key = key;
    }

    /** The file, or {@code conventions} when they were built in code. */
    public String file() {
        return file;
    }

    /** The 1-based line of the offending key, or null when unknown. */
    public @Nullable Integer line() {
        return line;
    }

    /** The offending key's path ({@code thresholds.raidStaleDays}), or null for the file as a whole. */
    public @Nullable String key() {
        return key;
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
    }
}
