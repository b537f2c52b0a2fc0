package dev.psdm.gitlab;

import java.util.ArrayList;
import java.util.List;

/**
 * The token, kept out of every {@code toString}, log line and message. {@link #redact(String)} is
 * the last line of defence for text that quotes something GitLab or the network stack said.
 */
final class Secret {
    private static final String MASK = TokenShapes.MASK;
    private final String value;

    Secret(String value) {
        this.value = value == null || value.isBlank() ? null : value.strip();
    }

    String value() {
        return value;
    }

    boolean isPresent() {
        return value != null;
    }

    /**
     * Shorter values are not secrets anyone could guess from a message, and masking them would
     * garble ordinary words: with a test token "x", "unexpected" became "une[REDACTED]pected". GitLab's
     * own tokens are 20 characters and more ({@code glpat-} and a 20-character body). It is also the
     * shortest piece of the token that is masked on its own.
     */
    static final int MIN_SECRET_LENGTH = 8;

    /**
     * The text with every piece of the token of {@value #MIN_SECRET_LENGTH} characters or more masked,
     * also where whitespace, control or format characters were put between its characters (a quote
     * that breaks a line inside it, a server that folds a header), and with anything shaped like a
     * GitLab token masked ({@link TokenShapes}). A piece, not only the whole token: a server or proxy
     * may echo it cut short.
     */
    String redact(String text) {
        if (text == null) {
            return null;
        }
        String out = value == null || value.length() < MIN_SECRET_LENGTH ? text : maskPieces(text, value);
        return TokenShapes.mask(out);
    }

    /** Masks every run of 8+ characters of {@code text} that, separators left out, is a substring of the token. */
    static String maskPieces(String text, String token) {
        int n = text.length();
        int[] at = new int[n];
        StringBuilder compact = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (!Quote.isSeparator(c)) {
                at[compact.length()] = i;
                compact.append(c);
            }
        }
        List<int[]> ranges = new ArrayList<>();
        int m = compact.length();
        for (int j = 0; j + MIN_SECRET_LENGTH <= m; ) {
            int longest = longestPieceAt(compact, j, token);
            if (longest >= MIN_SECRET_LENGTH) {
                ranges.add(new int[] {at[j], at[j + longest - 1] + 1});
                j += longest;
            } else {
                j++;
            }
        }
        if (ranges.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(n);
        int from = 0;
        for (int[] r : ranges) {
            out.append(text, from, r[0]).append(MASK);
            from = r[1];
        }
        return out.append(text, from, n).toString();
    }

    /** The length of the longest prefix of {@code s} from {@code j} that occurs in {@code token}. */
    private static int longestPieceAt(CharSequence s, int j, String token) {
        int best = 0;
        char first = s.charAt(j);
        for (int start = token.indexOf(first); start >= 0; start = token.indexOf(first, start + 1)) {
            int k = 0;
            while (start + k < token.length() && j + k < s.length() && token.charAt(start + k) == s.charAt(j + k)) {
                k++;
            }
            best = Math.max(best, k);
        }
        return best;
    }

    /**
     * A copy of an exception chain with the token removed from every message, keeping the types
     * (in the message) and stack traces for {@code --verbose}. gitlab4j puts GitLab's error text in
     * its exception message, and nothing guarantees a proxy or server never echoes a header back.
     */
    Throwable redact(Throwable thrown) {
        if (thrown == null) {
            return null;
        }
        Throwable cause = thrown.getCause() == thrown ? null : redact(thrown.getCause());
        RedactedException copy = new RedactedException(redact(thrown.toString()), cause);
        copy.setStackTrace(thrown.getStackTrace());
        return copy;
    }

    /** Stands in for an exception whose message was redacted; its message starts with the original type. */
    static final class RedactedException extends RuntimeException {
        RedactedException(String message, Throwable cause) {
            super(message, cause);
        }

        @Override
        public String toString() {
            return getMessage();
        }
    }

    @Override
    public String toString() {
        return MASK;
    }
}
