package dev.psdm.engine.conventions;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every match of a conventions pattern goes through here, under a time budget per match. The bundled
 * patterns are linear on any input (possessive quantifiers, no line breaks inside {@code ^[…]*}); a
 * team's own need not be, and a catastrophic one must end with one line naming it and its key, not
 * hang the pipeline. The text is read through a {@link CharSequence} that checks the deadline, the
 * only way to stop {@code java.util.regex} from outside; and a pattern that recurses past the stack
 * ends the same way.
 */
public final class Regexes {
    /** Per match: a sane pattern needs microseconds even on a megabyte; a catastrophic one, forever. */
    static final long BUDGET_NANOS = 2_000_000_000L;
    /** Where each pattern read from a file came from, to name it (weak: conventions come and go). */
    private static final Map<Pattern, String[]> ORIGINS = Collections.synchronizedMap(new WeakHashMap<>());

    private Regexes() {
    }

    /** Remembers the file, line and key of a pattern read from a conventions file. */
    static Pattern register(Pattern pattern, String file, int line, String key) {
        ORIGINS.put(pattern, new String[]{file, Integer.toString(line), key});
        return pattern;
    }

    /** {@code pattern.matcher(text).find()} within the budget. */
    public static boolean find(Pattern pattern, CharSequence text) {
        return find(pattern.matcher(""), text);
    }

    /** {@code matcher.reset(text).find()} within the budget (matchers are reused by the derivation). */
    public static boolean find(Matcher matcher, CharSequence text) {
        try {
            return matcher.reset(new Bounded(text, System.nanoTime() + BUDGET_NANOS)).find();
        } catch (OverBudget e) {
            throw limit(matcher.pattern(), "took more than " + BUDGET_NANOS / 1_000_000_000L + " s on one text of "
                    + text.length() + " characters");
        } catch (StackOverflowError e) {
            throw limit(matcher.pattern(), "overflowed the stack on one text of " + text.length() + " characters");
        } finally {
            matcher.reset(""); // do not keep the (possibly large) text reachable from a reused matcher
        }
    }

    private static PatternLimitException limit(Pattern pattern, String what) {
        String[] origin = ORIGINS.get(pattern);
        String problem = "the regular expression '" + pattern.pattern() + "' " + what
                + " (nested or overlapping quantifiers such as (.*,?)* backtrack without end on long input);"
                + " make it simpler";
        return origin == null
                ? new PatternLimitException("conventions", null, null, problem)
                : new PatternLimitException(origin[0], Integer.valueOf(origin[1]), origin[2], problem);
    }

    /** Thrown from inside the matcher; turned into a {@link PatternLimitException} by {@link #find}. */
    private static final class OverBudget extends RuntimeException {
        OverBudget() {
            super(null, null, false, false);
        }
    }

    /** The text, read as the matcher reads it, with the deadline checked every few thousand characters. */
    private static final class Bounded implements CharSequence {
        private final CharSequence text;
        private final long deadline;
        private int reads;

        Bounded(CharSequence text, long deadline) {
            this.text = text;
            this.deadline = deadline;
        }

        @Override
        public char charAt(int index) {
            if ((++reads & 0xFFF) == 0 && System.nanoTime() > deadline) {
                throw new OverBudget();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Bounded(text.subSequence(start, end), deadline);
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
