package dev.psdm.gitlab;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Anything shaped like a GitLab token, ours or not: a quote of GitLab's answer may carry another
 * token (a pasted runner token, a deploy token in an error), and psdm shows none. The prefixes are
 * GitLab's (doc/security/tokens/_index.md, "Token prefixes"): {@code glpat-} (personal, impersonation,
 * project and group access tokens), {@code gloas-}, {@code gldt-}, {@code glrt-}/{@code glrtr-},
 * {@code glcbt-}, {@code glptt-}, {@code glft-}, {@code glimt-}, {@code glagent-}, {@code glwt-},
 * {@code glsoat-}, {@code glffct-}, the session cookie {@code _gitlab_session=}; also {@code glcsrt-}
 * and the legacy runner registration prefix {@code GR1348941}. The body may be split by control
 * characters (a line break in a quoted answer) and is masked whole.
 */
final class TokenShapes {
    static final String MASK = "[REDACTED]";

    // the body's characters, each optionally preceded by control characters: unambiguous, so linear
    private static final Pattern SHAPE = Pattern.compile(
            "(?<![A-Za-z0-9])(?:(?:glpat|gloas|gldt|glrtr|glrt|glcbt|glptt|glft|glimt|glagent|glwt|glsoat|glffct|glcsrt)-"
                    + "|_gitlab_session=|GR1348941)(?:\\p{Cc}*+[A-Za-z0-9_.\\-])++");

    private TokenShapes() {
    }

    static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        Matcher m = SHAPE.matcher(text);
        return m.find() ? m.replaceAll(Matcher.quoteReplacement(MASK)) : text;
    }
}
