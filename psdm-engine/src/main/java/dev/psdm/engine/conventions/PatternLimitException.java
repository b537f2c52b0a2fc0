package dev.psdm.engine.conventions;

/**
 * A team's regular expression took longer than its budget on one text, or overflowed the stack
 * (nested or overlapping quantifiers backtrack exponentially on long input: {@code (.*?,?)*?} on a
 * long title ran for minutes). The message is one line naming the file, the key and the pattern:
 * {@code .psdm.yml:7: ceremonies.review: the regular expression '(?i)^(.*?,?)*?(review|status)$' took
 * more than 2 s on one text ...}.
 */
public final class PatternLimitException extends ConventionsException {
    PatternLimitException(String file, Integer line, String key, String problem) {
        super(file, line, key, problem);
    }

    /** The exception in a chain of causes (Drools wraps what a rule's condition throws), or null. */
    public static PatternLimitException in(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PatternLimitException limit) {
                return limit;
            }
        }
        return null;
    }
}
