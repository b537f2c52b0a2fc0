package dev.psdm.cli;

/**
 * Checks and normalises a GitLab token before any request uses it. A token file with a second line
 * (a comment, the previous token) went into the {@code PRIVATE-TOKEN} header, and the HTTP client's
 * refusal ("Illegal character(s) in message header value: glpat-…") printed the token; a file saved
 * with a UTF-8 byte order mark sent the mark as part of the token, for any server that echoes
 * headers to print. Messages say what is wrong and where, never the value.
 */
final class Token {
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private Token() {
    }

    /**
     * The token without a leading byte order mark and surrounding whitespace.
     *
     * @param source names where it came from in messages: {@code GITLAB_TOKEN} or {@code --token-file t}
     * @throws UserError when it is empty or holds anything but visible ASCII characters
     */
    static String normalise(String raw, String source) {
        String token = raw == null ? "" : raw;
        while (!token.isEmpty() && token.charAt(0) == BYTE_ORDER_MARK) {
            token = token.substring(1);
        }
        token = token.strip();
        if (token.isEmpty()) {
            throw new UserError(source + " is empty (expected a GitLab token with the read_api scope)");
        }
        for (int i = 0; i < token.length(); i++) {
            String problem = problem(token.charAt(i));
            if (problem != null) {
                throw new UserError("the token in " + source + " " + problem + " at character " + (i + 1)
                        + "; a GitLab token is one line of visible ASCII characters (no comments, no second token)");
            }
        }
        return token;
    }

    private static String problem(char c) {
        if (c == '\n' || c == '\r') {
            return "has a line break";
        }
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return "has a space";
        }
        if (c < 0x20 || c == 0x7F) {
            return "has a control character";
        }
        if (c > 0x7E) {
            return "has a non-ASCII character";
        }
        return null;
    }
}
