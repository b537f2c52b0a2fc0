package dev.psdm.cli;

import dev.psdm.gitlab.TokenRedaction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tokens of one run, and their removal from everything psdm prints or writes: messages, reports,
 * snapshots. A token can reach an output through GitLab's own data (pasted into an issue), an error
 * that quotes a header, or a server that echoes one; and it may come back escaped. So each character
 * of the token is matched in any of the forms an output could hold it in: as is, percent-encoded
 * (URLs), as a JSON {@code \\uXXXX} or backslash escape, or as an HTML character reference, mixed
 * freely. Tokens shorter than {@value #MIN_LENGTH} characters are not real GitLab tokens and are left
 * alone: masking them would mangle ordinary words.
 */
final class Secrets {
    static final int MIN_LENGTH = 8;
    static final String MASK = "[REDACTED]";
    private final List<Pattern> patterns = new ArrayList<>();
    private final List<String> tokens = new ArrayList<>();

    /** Starts with the environment's token, when it is a valid one (it may never be used, yet still leak). */
    static Secrets of(java.util.Map<String, String> env) {
        Secrets secrets = new Secrets();
        String fromEnv = env.get(GitLabFetch.TOKEN_VARIABLE);
        if (fromEnv != null) {
            try {
                secrets.register(Token.normalise(fromEnv, GitLabFetch.TOKEN_VARIABLE));
            } catch (UserError invalid) {
                // reported when (if) the token is used
            }
        }
        return secrets;
    }

    synchronized void register(String token) {
        if (token != null && token.length() >= MIN_LENGTH) {
            patterns.add(patternFor(token));
            tokens.add(token);
        }
    }

    /**
     * The text without the run's tokens: each whole token in any escaped form, then every piece of
     * {@value #MIN_LENGTH}+ characters of one, also split by whitespace or control characters (issue 22
     * item 5: a message cut short or folded printed most of the token), then anything shaped like a GitLab
     * token, ours or not (the adapter's {@link TokenRedaction}, one policy for every output).
     */
    synchronized String redact(String text) {
        if (text == null) {
            return null;
        }
        String result = text;
        for (Pattern pattern : patterns) {
            Matcher m = pattern.matcher(result);
            if (m.find()) {
                result = m.replaceAll(Matcher.quoteReplacement(MASK));
            }
        }
        for (String token : tokens) {
            result = TokenRedaction.maskPieces(result, token);
        }
        return TokenRedaction.maskTokenShapes(result);
    }

    /** Each character as itself or any escape of it; fixed-width alternatives, so matching stays linear. */
    private static Pattern patternFor(String token) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            String hex = anyCase(String.format(Locale.ROOT, "%02x", (int) c));
            regex.append("(?:").append(Pattern.quote(String.valueOf(c)))
                    .append("|%").append(hex)
                    .append("|\\\\u00").append(hex)
                    .append("|\\\\").append(Pattern.quote(String.valueOf(c)))
                    .append("|&#0*").append((int) c).append(';')
                    .append("|&#[xX]0*").append(hex).append(';')
                    .append(entity(c))
                    .append(')');
        }
        return Pattern.compile(regex.toString());
    }

    /** Hex digits in either case ({@code %2f} and {@code %2F}); the token's own letters stay case-sensitive. */
    private static String anyCase(String hex) {
        StringBuilder sb = new StringBuilder();
        for (char d : hex.toCharArray()) {
            sb.append(Character.isLetter(d) ? "[" + d + Character.toUpperCase(d) + "]" : String.valueOf(d));
        }
        return sb.toString();
    }

    private static String entity(char c) {
        return switch (c) {
            case '&' -> "|&amp;";
            case '<' -> "|&lt;";
            case '>' -> "|&gt;";
            case '"' -> "|&quot;";
            case '\'' -> "|&apos;";
            default -> "";
        };
    }
}
