package dev.psdm.engine.conventions;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A text that contains none of a pattern's required literals cannot match it: the check that spares
 * the regular-expression engine most titles (issue 24 item 8). {@code (?i)iteration\s*+(\d++\s*+)?planning|sprint
 * planning} cannot match a title that contains neither {@code iteration} nor {@code sprint planning}, and most
 * titles are not ceremony records: at 100k issues the six ceremony patterns tried on every title were half of an
 * evaluation, where a scan for a literal is a few compares per character.
 *
 * <p>Only patterns of a small, fully understood syntax get literals; anything else (character classes, inline
 * flags after the start, {@code \Q}, escapes that take arguments, compile flags …) gets none, and then every text
 * goes to the matcher. Each top-level alternative must have a literal, else none is required. A literal is the
 * longest run of plain characters outside any group that no quantifier can make optional; under {@code (?i)} it
 * is compared as {@link Pattern#CASE_INSENSITIVE} without {@code UNICODE_CASE} compares: ASCII letters fold,
 * nothing else does.
 */
final class RequiredLiterals {
    /** Escapes that stand for one character, a class of them or a zero-width test, and take no argument. */
    private static final String SIMPLE_ESCAPES = "sSdDwWbBhHvVRXAzZGtnrfea";
    /** Characters that stand for themselves outside a character class (without COMMENTS). */
    private static final String PLAIN_PUNCTUATION = " -_,:;'\"/@%&=<>~!#";

    private final String[] literals;
    private final boolean ignoreCase;

    private RequiredLiterals(String[] literals, boolean ignoreCase) {
        this.literals = literals;
        this.ignoreCase = ignoreCase;
    }

    /** The literals one of which every match of {@code pattern} contains, or null when none are known. */
    static RequiredLiterals of(Pattern pattern) {
        // flags() holds the compile flags and the inline ones; inline flags are parsed only at the start
        if ((pattern.flags() & ~(Pattern.CASE_INSENSITIVE | Pattern.MULTILINE | Pattern.DOTALL | Pattern.UNIX_LINES)) != 0) {
            return null;
        }
        boolean ignoreCase = (pattern.flags() & Pattern.CASE_INSENSITIVE) != 0;
        String p = pattern.pattern();
        int i = 0;
        if (p.startsWith("(?")) {
            int close = p.indexOf(')');
            if (close < 0) {
                return null;
            }
            String flags = p.substring(2, close);
            // i, m, s and d change only case folding or what ., ^ and $ match; u, U, x and - change literals
            if (flags.isEmpty() || !flags.chars().allMatch(c -> "imsd".indexOf(c) >= 0)) {
                return null;
            }
            i = close + 1;
        }
        List<String> branches = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        String best = "";
        int depth = 0;
        for (; i < p.length(); i++) {
            char c = p.charAt(i);
            if (isPlain(c)) {
                run.append(ignoreCase ? fold(c) : c);
                continue;
            }
            boolean outside = depth == 0; // the run before c is outside every group
            if (c == '?' || c == '*' || c == '+' || c == '{') {
                if (!run.isEmpty()) {
                    run.setLength(run.length() - 1); // the quantifier makes the last character optional or repeats it
                }
                if (c == '{') {
                    i = p.indexOf('}', i);
                    if (i < 0) {
                        return null;
                    }
                }
            } else if (c == '\\') {
                if (i + 1 >= p.length()) {
                    return null;
                }
                char e = p.charAt(i + 1);
                if (Character.isLetterOrDigit(e) && SIMPLE_ESCAPES.indexOf(e) < 0) {
                    return null; // \p{..}, \x.., \0.., \1 (back reference), \k<..>, \Q, \c. and the like: not parsed here
                }
                i++;
            } else if (c == '(') {
                if (i + 1 < p.length() && p.charAt(i + 1) == '?') {
                    return null; // a group with flags or a look-around: not parsed here
                }
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '[') {
                return null;
            } else if (c == '|' && depth == 0) {
                best = longer(best, run);
                if (best.isEmpty()) {
                    return null;
                }
                branches.add(best);
                best = "";
                run.setLength(0);
                continue;
            }
            // anything else (^ $ . | inside a group, ] } and characters outside PLAIN_PUNCTUATION) ends a run
            if (outside) {
                best = longer(best, run);
            }
            run.setLength(0);
        }
        best = longer(best, run);
        if (best.isEmpty() || depth != 0) {
            return null;
        }
        branches.add(best);
        return new RequiredLiterals(branches.toArray(String[]::new), ignoreCase);
    }

    /** Whether {@code text} contains one of the literals (false means the pattern cannot match it). */
    boolean mayMatch(CharSequence text) {
        for (String literal : literals) {
            if (contains(text, literal)) {
                return true;
            }
        }
        return false;
    }

    /** The literals, for tests. */
    List<String> literals() {
        return List.of(literals);
    }

    private boolean contains(CharSequence text, String literal) {
        int m = literal.length();
        char first = literal.charAt(0);
        for (int i = 0, last = text.length() - m; i <= last; i++) {
            if (at(text, i) != first) {
                continue;
            }
            int j = 1;
            while (j < m && at(text, i + j) == literal.charAt(j)) {
                j++;
            }
            if (j == m) {
                return true;
            }
        }
        return false;
    }

    private char at(CharSequence text, int index) {
        char c = text.charAt(index);
        return ignoreCase ? fold(c) : c;
    }

    /** Java's CASE_INSENSITIVE folding without UNICODE_CASE: ASCII upper-case letters only. */
    private static char fold(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private static boolean isPlain(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || PLAIN_PUNCTUATION.indexOf(c) >= 0;
    }

    private static String longer(String best, CharSequence run) {
        return run.length() > best.length() ? run.toString() : best;
    }
}
