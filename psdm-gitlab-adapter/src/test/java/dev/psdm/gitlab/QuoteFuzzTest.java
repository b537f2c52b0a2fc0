package dev.psdm.gitlab;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Issue 22 item 11: whatever GitLab (or a proxy) answers and whatever the token, a quote of it
 * ({@link Quote#excerpt}) holds no piece of 8+ characters of the token, no control character, and is one
 * line of at most {@code max} characters and an ellipsis ({@link FuzzOracles}).
 *
 * <p>In {@code mvn verify} this runs over the committed corpus
 * ({@code src/test/resources/dev/psdm/gitlab/QuoteFuzzTestInputs/}). A campaign (docs/RELIABILITY.md):
 * {@code JAZZER_FUZZ=1 mvn -B -q test -pl psdm-gitlab-adapter -am -o -Dtest=QuoteFuzzTest -Dsurefire.failIfNoSpecifiedTests=false}
 */
class QuoteFuzzTest {

    @FuzzTest(maxDuration = "3m")
    void aQuoteLeaksNoTokenPieceAndIsOneLine(FuzzedDataProvider data) {
        String token = FuzzOracles.token(data.consumeString(48));
        int max = data.consumeInt(0, 400);
        String raw = data.consumeRemainingAsString();
        Secret secret = token == null ? null : new Secret(token);

        FuzzOracles.assertQuotable("the excerpt", Quote.excerpt(secret, raw, max), token, max);
        if (secret != null) {
            // the message of a redacted exception is what --verbose prints
            String message = secret.redact(new IllegalStateException(raw)).getMessage();
            FuzzOracles.assertQuotable("the redacted exception message", Quote.oneLine(message), token, Integer.MAX_VALUE - 1);
        }
    }
}
