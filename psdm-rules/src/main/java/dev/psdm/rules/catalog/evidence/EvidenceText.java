package dev.psdm.rules.catalog.evidence;

import dev.psdm.engine.conventions.Setting;
import dev.psdm.engine.conventions.Settings;
import dev.psdm.engine.facts.DeliveryIteration;
import dev.psdm.model.Issue;
import dev.psdm.report.Subject;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import java.util.regex.Pattern;

/**
 * How the bundled rules' evidence (issue 29) names things, in one place so that a PM reads the same words
 * in every family: "#40 'Iteration 4 planning'", "Iteration 4 (2026-02-16 – 2026-03-01)", "3 days".
 */
public final class EvidenceText {
    /**
     * How many records that satisfied a rule a family lists by name when it judges the whole backlog: the
     * count says how many there were, and a report for 100k issues does not carry 100k sentences nobody
     * reads (issue 29 item 4: evidence must cost little).
     */
    public static final int LISTED = 10;

    private EvidenceText() {
    }

    /** "#40 'Iteration 4 planning'" for an issue, "'Retro notes'" for a wiki page or anything else with a title. */
    public static String name(Subject subject) {
        String title = subject.title() == null ? "" : "'" + subject.title() + "'";
        return "issue".equals(subject.type()) && subject.iid() != null ? "#" + subject.iid() + " " + title : title;
    }

    /** "#40 'Iteration 4 planning'". */
    public static String name(Issue issue) {
        return "#" + issue.iid() + " '" + issue.title() + "'";
    }

    /** "Iteration 4 (2026-02-16 – 2026-03-01)". */
    public static String period(DeliveryIteration iteration) {
        return iteration.title() + " (" + iteration.start() + " – " + iteration.due() + ")";
    }

    /** "1 day", "3 days". */
    public static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** "`thresholds.maxWeight`": a {@code .psdm.yml} key as the evidence quotes it. */
    public static String key(String path) {
        return "`" + path + "`";
    }

    /** "`communicationPlan.title` (/(?i)communication\s*+plan/)": the key and the pattern this run used. */
    public static String pattern(Setting<Pattern> setting, Settings settings) {
        return pattern(setting.path(), settings.regex(setting));
    }

    /** "`closeout.activities` 'support handoff' (/…/)". */
    public static String pattern(String key, Pattern pattern) {
        return "`" + key + "` (/" + pattern.pattern() + "/)";
    }

    /**
     * Where {@code word} first occurs in {@code text}, ignoring case, or -1, without allocating: near-miss
     * searches run over every title of a large snapshot.
     */
    public static int indexOfIgnoringCase(String text, String word) {
        if (text == null) {
            return -1;
        }
        if (word.isEmpty()) {
            return 0;
        }
        // a region is compared only where its first character could start the word: comparing at every
        // position was most of a near-miss search over 100k titles (issue 29 item 4)
        // (the test on the first character is the one regionMatches makes: the same upper case, or the same lower
        // case of the upper case)
        char first = word.charAt(0);
        char upper = Character.toUpperCase(first);
        char lowerOfUpper = Character.toLowerCase(upper);
        for (int i = 0; i <= text.length() - word.length(); i++) {
            char c = text.charAt(i);
            if (c != first) {
                char u = Character.toUpperCase(c);
                if (u != upper && Character.toLowerCase(u) != lowerOfUpper) {
                    continue;
                }
            }
            if (text.regionMatches(true, i, word, 0, word.length())) {
                return i;
            }
        }
        return -1;
    }

    /** The line of {@code text} holding the character at {@code at}, trimmed and cut to 80 characters. */
    public static String lineAt(String text, int at) {
        int from = text.lastIndexOf('\n', at) + 1;
        int to = text.indexOf('\n', at);
        String line = text.substring(from, to < 0 ? text.length() : to).strip();
        return line.length() <= 80 ? line : line.substring(0, 79) + "…";
    }

    /**
     * The {@code n} items that pass {@code test} with the lowest {@code key} (an issue's iid), lowest first: which
     * records a rule lists or names as a near miss must not depend on the order GitLab returned them in
     * (RuleInvariantsTest), and sorting a 100k-issue backlog to list ten would cost more than the rule.
     */
    public static <T> List<T> lowest(List<T> items, Predicate<? super T> test, ToLongFunction<? super T> key, int n) {
        Lowest<T> lowest = new Lowest<>(key, n);
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            if (lowest.wouldKeep(item) && test.test(item)) {
                lowest.offer(item);
            }
        }
        return lowest.kept();
    }

    /**
     * {@link #lowest} fed one item at a time, for a family that finds its listed records in the same pass as its
     * counts: the {@code n} items offered with the lowest key, lowest first, the first offered among equal keys.
     */
    public static final class Lowest<T> {
        private final ToLongFunction<? super T> key;
        private final int n;
        private final List<T> kept;

        public Lowest(ToLongFunction<? super T> key, int n) {
            this.key = key;
            this.n = n;
            this.kept = new ArrayList<>(n + 1);
        }

        /** Whether {@link #offer} would keep it (a cheap test before a costly one). */
        public boolean wouldKeep(T item) {
            return kept.size() < n || key.applyAsLong(item) < key.applyAsLong(kept.get(n - 1));
        }

        public void offer(T item) {
            if (!wouldKeep(item)) {
                return;
            }
            long k = key.applyAsLong(item);
            int at = kept.size();
            while (at > 0 && key.applyAsLong(kept.get(at - 1)) > k) {
                at--;
            }
            kept.add(at, item);
            if (kept.size() > n) {
                kept.remove(n);
            }
        }

        /** The items kept, lowest first. */
        public List<T> kept() {
            return kept;
        }
    }
}
