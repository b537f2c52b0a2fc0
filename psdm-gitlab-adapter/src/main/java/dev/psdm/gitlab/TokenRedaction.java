package dev.psdm.gitlab;

/**
 * The adapter's token masking, for whoever prints text that may quote a token (the CLI's own messages
 * and outputs, issue 22 item 5): every piece of the token of {@value #MIN_PIECE} characters or more is
 * masked, also where whitespace, control or format characters were put between its characters, and so is
 * anything shaped like a GitLab token ({@code glpat-...}, {@code gldt-...} ...), ours or not.
 */
public final class TokenRedaction {
    /** The shortest piece of a token that is masked on its own; shorter tokens are left alone. */
    public static final int MIN_PIECE = Secret.MIN_SECRET_LENGTH;
    /** What stands where a token, or a piece of one, was. */
    public static final String MASK = TokenShapes.MASK;

    private TokenRedaction() {
    }

    /** The text with every {@value #MIN_PIECE}+ character piece of {@code token} masked (null: none to mask). */
    public static String maskPieces(String text, String token) {
        if (text == null || token == null || token.length() < MIN_PIECE) {
            return text;
        }
        return Secret.maskPieces(text, token);
    }

    /** The text with anything shaped like a GitLab token masked. */
    public static String maskTokenShapes(String text) {
        return TokenShapes.mask(text);
    }
}
