package dev.psdm.engine.conventions;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    /**
     * Per evaluation, all matches together (issue 22 item 7): 100 descriptions that each take 1.3 s
     * stay under the per-match budget but took 132 s. Opened by the engine with {@link #openBudget}.
     */
    public static final long EVALUATION_BUDGET_NANOS = 10_000_000_000L;
    /** The two budgets in seconds, for messages. */
    public static final long PER_MATCH_SECONDS = BUDGET_NANOS / 1_000_000_000L;
    public static final long PER_EVALUATION_SECONDS = EVALUATION_BUDGET_NANOS / 1_000_000_000L;
    /** The evaluation's budget; inherited by the thread the engine fires the rules on. */
    private static final InheritableThreadLocal<Budget> CURRENT = new InheritableThreadLocal<>();
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

    /**
     * {@code matcher.reset(text).find()} within the budget (matchers are reused by the derivation). Inside
     * an evaluation ({@link #openBudget}) a match over budget is undecided: recorded in the budget, which
     * the engine reports, and answered {@code false}; outside one it throws {@link PatternLimitException}.
     */
    public static boolean find(Matcher matcher, CharSequence text) {
        return find(matcher, new Bounded(), text);
    }

    /**
     * A reusable {@link #find(Matcher, CharSequence)} of one pattern, for a loop over many texts (every issue
     * title): a text without the pattern's required literals ({@link RequiredLiterals}) is answered false without
     * the matcher, and the matcher and its deadline-checking view are made once. Serves one thread.
     */
    public static Finder finder(Pattern pattern) {
        return new Finder(pattern);
    }

    /** See {@link #finder(Pattern)}. */
    public static final class Finder {
        private final Matcher matcher;
        private final RequiredLiterals literals;
        private final Bounded bounded = new Bounded();

        private Finder(Pattern pattern) {
            this.matcher = pattern.matcher("");
            this.literals = RequiredLiterals.of(pattern);
        }

        /** Whether the pattern is found in {@code text}, within the budget as {@link Regexes#find(Matcher, CharSequence)}. */
        public boolean find(CharSequence text) {
            return (literals == null || literals.mayMatch(text)) && Regexes.find(matcher, bounded, text);
        }
    }

    private static boolean find(Matcher matcher, Bounded bounded, CharSequence text) {
        Budget budget = CURRENT.get();
        if (budget != null && budget.closed) {
            budget = null; // inherited by a thread that outlived its evaluation
        }
        try {
            return matcher.reset(bounded.arm(text, budget)).find();
        } catch (OverBudget e) {
            if (budget != null) {
                return budget.undecided(matcher.pattern());
            }
            throw limit(matcher.pattern(), "took more than " + BUDGET_NANOS / 1_000_000_000L + " s on one text of "
                    + text.length() + " characters");
        } catch (StackOverflowError e) {
            if (budget != null) {
                return budget.undecided(matcher.pattern());
            }
            throw limit(matcher.pattern(), "overflowed the stack on one text of " + text.length() + " characters");
        } finally {
            bounded.disarm(); // do not keep the (possibly large) text reachable from a reused matcher
        }
    }

    /**
     * Opens the pattern budget of one evaluation on this thread (and the threads it starts), ending at
     * {@code deadlineNanos} ({@link System#nanoTime()}): the engine's, not for rules. Close it when the
     * evaluation ends.
     */
    public static Budget openBudget(long deadlineNanos) {
        Budget budget = new Budget(deadlineNanos);
        CURRENT.set(budget);
        return budget;
    }

    /**
     * The pattern time of one evaluation, and the matches it could not decide: the patterns (with the
     * file, line and key they came from) that ran past their per-match budget or what was left of the
     * evaluation's.
     */
    public static final class Budget implements AutoCloseable {
        private final long deadline;
        private volatile boolean closed;
        /** The patterns that ran out of time, in the order they did (only named, never counted: see undecided()). */
        private final Set<Pattern> undecided = Collections.synchronizedSet(new LinkedHashSet<>());

        private Budget(long deadline) {
            this.deadline = deadline;
        }

        private boolean undecided(Pattern pattern) {
            undecided.add(pattern);
            return false;
        }

        /**
         * One line per pattern that could not decide every text, sorted, or empty: {@code .psdm.yml:7:
         * acceptanceCriteria: the regular expression '...' ran out of time}. Which texts and how many are
         * left out: they depend on the machine's speed, and a report says the same for the same snapshot.
         */
        public List<String> undecided() {
            List<String> lines = new ArrayList<>();
            synchronized (undecided) {
                for (Pattern pattern : undecided) {
                    String[] origin = ORIGINS.get(pattern);
                    lines.add((origin == null ? "conventions" : origin[0] + ":" + origin[1] + ": " + origin[2])
                            + ": the regular expression '" + pattern.pattern() + "' ran out of time");
                }
            }
            Collections.sort(lines);
            return lines;
        }

        @Override
        public void close() {
            closed = true;
            CURRENT.remove();
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

    /**
     * The text, read as the matcher reads it, with the deadline checked every few thousand characters. The
     * clock is first read at the first check, not before every match: most matches read a title and end long
     * before it (a clock read per title was a measurable part of a 100k-issue evaluation); a match that gets
     * that far has used microseconds of its budget.
     */
    private static final class Bounded implements CharSequence {
        private CharSequence text = "";
        private Budget budget;
        private boolean started;
        /** The time the match must end by, once started. */
        private long deadline;
        private int reads;

        Bounded arm(CharSequence text, Budget budget) {
            this.text = text;
            this.budget = budget;
            this.started = false;
            this.reads = 0;
            return this;
        }

        void disarm() {
            this.text = "";
            this.budget = null;
        }

        @Override
        public char charAt(int index) {
            if ((++reads & 0xFFF) == 0) {
                check();
            }
            return text.charAt(index);
        }

        private void check() {
            long now = System.nanoTime();
            if (!started) {
                started = true;
                deadline = now + BUDGET_NANOS;
                if (budget != null && budget.deadline - deadline < 0) {
                    deadline = budget.deadline; // the evaluation's time is nearly spent: what is left of it
                }
            }
            if (now - deadline > 0) {
                throw new OverBudget();
            }
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            Bounded part = new Bounded().arm(text.subSequence(start, end), budget);
            part.started = started;
            part.deadline = deadline;
            return part;
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
