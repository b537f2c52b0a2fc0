package dev.psdm.engine;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Custom rules given to {@link PsdmEngine.Builder#addRules} cannot be used: a file cannot be read,
 * does not compile (syntax or type error), declares incomplete metadata, or reuses the id of
 * another rule. Thrown by {@link PsdmEngine.Builder#build()}, never during an evaluation.
 *
 * <p>The message is one line naming each problem's file and line, e.g.
 * {@code team.drl:17: [ERR 102] Line 17:0 mismatched input 'whenn' in rule "TEAM-RAID-001 ..."}, so a command
 * line can print it as it is; {@link #problems()} gives the same information field by field.
 */
public final class InvalidRulesException extends RuntimeException {
    private final transient List<Problem> problems;

    InvalidRulesException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in file order. Never empty. */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * One problem in one custom rule source.
     *
     * @param source  the file as the user named it (path, URL, or {@code inline DRL #n})
     * @param line    1-based line, or 0 when the problem is not tied to a line (e.g. missing metadata)
     * @param column  1-based column, or 0 when unknown
     * @param message what is wrong, in Drools' words for compilation errors, on one line
     */
    public record Problem(String source, int line, int column, String message) {
        public Problem {
            // Drools' messages span lines; the CLI contract is one line on stderr.
            message = message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
        }

        /** {@code source:line:column: message}, leaving out what is unknown. */
        @Override
        public String toString() {
            return source + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": " + message;
        }
    }
}
