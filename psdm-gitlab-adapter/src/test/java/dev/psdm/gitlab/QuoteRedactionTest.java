package dev.psdm.gitlab;

import dev.psdm.gitlab.fake.FakeGitLab;
import dev.psdm.gitlab.fake.FakeGitLab.Endpoint;
import dev.psdm.gitlab.fake.GitLabProject;
import dev.psdm.model.DataGap;
import dev.psdm.model.Snapshot;
import dev.psdm.model.json.SnapshotJson;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.psdm.gitlab.TestSupport.TOKEN;
import static dev.psdm.gitlab.TestSupport.loader;
import static dev.psdm.gitlab.TestSupport.synthetic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 22 item 5: redact before you shorten. Quotes of GitLab's answers were collapsed and cut at 200
 * characters before redaction: a token at character 180 printed 29 of its 31 characters, and one split by
 * a line break printed whole with a space. Now the raw text is redacted first (the token matched across
 * inserted whitespace and control characters, and any piece of 8 characters or more of it), anything
 * shaped like a GitLab token (doc/security/tokens/_index.md, "Token prefixes") is masked, and only a
 * short excerpt of a body is quoted, on one line.
 */
class QuoteRedactionTest {
    private static final Secret SECRET = new Secret(TOKEN);

    /** Every piece of 8 characters of the token. */
    static List<String> pieces(String token) {
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i + Secret.MIN_SECRET_LENGTH <= token.length(); i++) {
            out.add(token.substring(i, i + Secret.MIN_SECRET_LENGTH));
        }
        return out;
    }

    static void assertNoPiece(String text) {
        assertThat(text).doesNotContain(pieces(TOKEN));
    }

    @Test
    void aTokenAtCharacter180IsRedactedBeforeTheCut() {
        String body = "x".repeat(180) + TOKEN + " and more";

        String quoted = Quote.excerpt(SECRET, body, 200);

        // before: "xxx…glpat-TESTTOKEN-4f1c2e9…" — 20 of the token's 26 characters
        assertNoPiece(quoted);
        assertThat(quoted).contains("[REDACTED]");
    }

    @Test
    void aTokenSplitByWhitespaceOrControlCharactersIsRedactedWhole() {
        for (String sep : List.of("\n", "\t", "\r\n", " ", "\u0000", "\u001b", "\u0085", "\u2028", "\u200b", "\u202e")) {
            String body = "token: " + TOKEN.substring(0, 11) + sep + TOKEN.substring(11) + " end";

            String quoted = Quote.excerpt(SECRET, body, 200);

            assertThat(quoted).as("split by U+%04X", (int) sep.charAt(0)).isEqualTo("token: [REDACTED] end");
        }
    }

    @Test
    void aPieceOfTheTokenEchoedCutShortIsRedacted() {
        assertThat(Quote.excerpt(SECRET, "PRIVATE-TOKEN: " + TOKEN.substring(0, 15) + "…", 200))
                .isEqualTo("PRIVATE-TOKEN: [REDACTED]…");
        assertThat(Quote.excerpt(SECRET, "tail " + TOKEN.substring(TOKEN.length() - 9), 200))
                .isEqualTo("tail [REDACTED]");
    }

    @Test
    void anythingShapedLikeAGitLabTokenIsMaskedEvenWhenNotOurs() {
        for (String prefix : List.of("glpat-", "gloas-", "gldt-", "glrt-", "glrtr-", "glcbt-", "glptt-", "glft-", "glimt-",
                "glagent-", "glwt-", "glsoat-", "glffct-", "glcsrt-", "_gitlab_session=", "GR1348941")) {
            String foreign = prefix + "Zq8xYv3WkP2mN7rT5sLd";

            assertThat(Quote.excerpt(null, "an error (" + foreign + ") here", 200)).as(prefix)
                    .isEqualTo("an error ([REDACTED]) here");
            int split = prefix.length() + 4; // a line break in the body
            assertThat(SECRET.redact("key " + foreign.substring(0, split) + "\n" + foreign.substring(split))).as(prefix)
                    .isEqualTo("key [REDACTED]");
        }
        // words that merely contain the letters stay
        assertThat(Quote.excerpt(null, "the glpat prefix and toglpat-like words", 200))
                .isEqualTo("the glpat prefix and toglpat-like words");
    }

    @Test
    void aQuoteIsOneLineWithoutControlCharactersAndShort() {
        String quoted = Quote.excerpt(SECRET, "a\u001b[2K\r\nb\u0085c\u202ed\u0000e" + "z".repeat(500), 120);

        assertThat(quoted).startsWith("a [2K b c d e").hasSize(121).endsWith("…")
                .doesNotContainPattern("[\\p{Cc}\\p{Cf}\\u2028\\u2029]");
    }

    @Test
    void anUnreadableBodyQuotesAShortRedactedExcerptInTheGapAndTheSnapshot() {
        GitLabProject served = synthetic(3, 1);
        String body = "<html><body>" + "Sign in ".repeat(21) + TOKEN + "<br>\n" + TOKEN.substring(0, 13) + "\n"
                + TOKEN.substring(13) + " and the runner's glrt-Zq8xYv3WkP2mN7rT5sLd" + "</body></html>";
        try (FakeGitLab gitlab = FakeGitLab.start()) {
            gitlab.serve(served).failAlways(FakeGitLab.path(served, Endpoint.ISSUES), FakeGitLab.json(200, body));

            Snapshot snapshot = loader(gitlab).build().load();

            DataGap gap = snapshot.gap(DataGap.ISSUES).orElseThrow();
            assertNoPiece(gap.reason());
            assertNoPiece(SnapshotJson.toJson(snapshot));
            assertThat(gap.reason()).doesNotContain("Zq8xYv3W").contains("GitLab answered \"<html><body>Sign in Sign in")
                    .doesNotContain("\n");
            String quoted = gap.reason().substring(gap.reason().indexOf("GitLab answered \""));
            assertThat(quoted.length()).isLessThanOrEqualTo("GitLab answered \"\"".length() + Quote.BODY_EXCERPT + 1);
        }
    }

    @Test
    void anErrorMessageQuotingTheTokenCutShortStaysClean() {
        GitLabProject served = synthetic(3, 1);
        try (FakeGitLab gitlab = FakeGitLab.start()) {
            gitlab.serve(served).failAlways(FakeGitLab.path(served, Endpoint.LABELS),
                    FakeGitLab.error(400, "400 Bad request: " + "header ".repeat(24) + TOKEN.substring(0, 12) + "\t"
                            + TOKEN.substring(12)));

            Snapshot snapshot = loader(gitlab).build().load();

            // a 400 on one resource is a read failure of it (issue 22 item 2), quoted in the gap
            DataGap gap = snapshot.gap(DataGap.LABELS).orElseThrow();
            assertThat(gap.isReadFailure()).isTrue();
            assertThat(gap.reason()).startsWith("GitLab answered 400 Bad Request (400 Bad request: header").contains("[REDACTED]");
            assertNoPiece(gap.reason());
            assertNoPiece(SnapshotJson.toJson(snapshot));
        }
    }
}
