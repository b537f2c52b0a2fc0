package dev.psdm.gitlab;

/**
 * What every quote of GitLab's answers must hold, whatever the input (issue 22 item 11): no piece of
 * the token of {@link Secret#MIN_SECRET_LENGTH} characters or more survives, also not across the
 * separators a quote collapses; no control, format or line-separator character; one line.
 */
final class FuzzOracles {
    private FuzzOracles() {
    }

    /** The token's visible-ASCII characters, or null when too short to be masked (then nothing is promised). */
    static String token(String candidate) {
        StringBuilder t = new StringBuilder();
        for (int i = 0; i < candidate.length(); i++) {
            char c = candidate.charAt(i);
            if (c > 0x20 && c < 0x7f) {
                t.append(c);
            }
        }
        String token = t.toString();
        if (token.length() < Secret.MIN_SECRET_LENGTH) {
            return null;
        }
        // a token that shares a piece with the mask itself would be found in every redacted text
        for (int i = 0; i + Secret.MIN_SECRET_LENGTH <= token.length(); i++) {
            if (TokenShapes.MASK.contains(token.substring(i, i + Secret.MIN_SECRET_LENGTH))) {
                return null;
            }
        }
        return token;
    }

    static void assertQuotable(String what, String text, String token, int max) {
        if (text == null) {
            throw new AssertionError(what + " is null");
        }
        if (text.length() > max + 1) {
            throw new AssertionError(what + " has " + text.length() + " characters, more than " + max + " and an ellipsis");
        }
        StringBuilder compact = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && Quote.isSeparator(c)) {
                throw new AssertionError(what + " carries the character U+" + String.format("%04X", (int) c) + " at " + i);
            }
            if (c != ' ') {
                compact.append(c);
            }
        }
        if (token == null) {
            return;
        }
        for (int i = 0; i + Secret.MIN_SECRET_LENGTH <= token.length(); i++) {
            String piece = token.substring(i, i + Secret.MIN_SECRET_LENGTH);
            if (compact.indexOf(piece) >= 0) {
                throw new AssertionError(what + " leaks the token piece at " + i + " of the token");
            }
        }
    }
}
