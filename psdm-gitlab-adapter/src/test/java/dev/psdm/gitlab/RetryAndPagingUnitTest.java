package dev.psdm.gitlab;

import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The pure parts: backoff arithmetic, Retry-After, next-page rules, builder input checks. */
class RetryAndPagingUnitTest {

    @Test
    void backoffDoublesUpToTheCapAndJitterScalesBetweenHalfAndFull() {
        RetryPolicy policy = new RetryPolicy(10, Duration.ofSeconds(1), Duration.ofSeconds(8), Duration.ofMinutes(1));

        assertThat(List.of(1, 2, 3, 4, 5, 40, 100).stream().map(n -> policy.backoff(n, 1.0)).toList())
                .containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
                        Duration.ofSeconds(8), Duration.ofSeconds(8), Duration.ofSeconds(8), Duration.ofSeconds(8));
        assertThat(policy.backoff(3, 0.0)).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.backoff(3, 0.5)).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void retryPolicyRejectsNonsense() {
        assertThatThrownBy(() -> RetryPolicy.defaults().withMaxAttempts(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RetryPolicy.defaults().withDeadline(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void retryAfterInSecondsOrAsAnHttpDate() {
        Instant now = Instant.parse("2021-01-05T10:59:30Z");

        assertThat(Failure.retryAfter(Map.of("Retry-After", List.of("30")), now)).isEqualTo(Duration.ofSeconds(30));
        assertThat(Failure.retryAfter(Map.of("retry-after", List.of(" 5 ")), now)).isEqualTo(Duration.ofSeconds(5));
        assertThat(Failure.retryAfter(Map.of("Retry-After", List.of("Tue, 05 Jan 2021 11:00:00 GMT")), now))
                .isEqualTo(Duration.ofSeconds(30));
        assertThat(Failure.retryAfter(Map.of("Retry-After", List.of("Tue, 05 Jan 2021 10:00:00 GMT")), now))
                .isEqualTo(Duration.ZERO);
        assertThat(Failure.retryAfter(Map.of("Retry-After", List.of("soon")), now)).isNull();
        assertThat(Failure.retryAfter(Map.of(), now)).isNull();
    }

    private static RawResponse response(Map<String, List<String>> headers) {
        return new RawResponse("[]", headers);
    }

    private static final String API = "https://gitlab.example.com/api/v4";
    private static final ApiRequest ISSUES = new ApiRequest("issues", List.of("projects", "8", "issues"),
            Map.of("state", "all"));

    private static String pageOf(NextPage.Target target) {
        return target == null ? null : target.query().get("page");
    }

    @Test
    void nextPageFollowsTheLinkAsGivenBeforeXNextPage() {
        // doc/api/rest/_index.md: Link carries rel="prev", "next", "first", "last"
        String link = "<https://gitlab.example.com/api/v4/projects/8/issues?page=1&per_page=3>; rel=\"prev\", "
                + "<https://gitlab.example.com/api/v4/projects/8/issues?page=3&per_page=3>; rel=\"next\", "
                + "<https://gitlab.example.com/api/v4/projects/8/issues?page=1&per_page=3>; rel=\"first\"";
        NextPage.Target next = NextPage.after(response(Map.of("Link", List.of(link), "X-Next-Page", List.of("3"))),
                ISSUES, 2, 3, API);
        assertThat(next.request().path()).containsExactly("projects", "8", "issues");
        assertThat(next.query()).containsExactly(Map.entry("page", "3"), Map.entry("per_page", "3"));
    }

    @Test
    void aKeysetCursorIsFollowedAsGiven() {
        // doc/api/rest/_index.md, "Keyset-based pagination": only a Link rel="next" with a cursor
        String link = "<https://gitlab.example.com/api/v4/projects/8/issues?cursor=eyJpZCI6IjQyIn0%3D&order_by=id"
                + "&pagination=keyset&per_page=100&sort=asc>; rel=\"next\"";
        NextPage.Target next = NextPage.after(response(Map.of("Link", List.of(link))), ISSUES, 1, 100, API);
        assertThat(next.query()).containsEntry("cursor", "eyJpZCI6IjQyIn0=").containsEntry("pagination", "keyset")
                .doesNotContainKey("page");
    }

    @Test
    void aNextLinkOffTheApiIsRefusedUnlessXNextPageOffersAWay() {
        for (String elsewhere : List.of("https://evil.example.com/api/v4/projects/8/issues?page=3",
                "http://gitlab.example.com/api/v4/projects/8/issues?page=3",
                "https://gitlab.example.com:8443/api/v4/projects/8/issues?page=3",
                "https://gitlab.example.com/oauth/token?page=3",
                "https://gitlab.example.com/api/v4/../../oauth/token?page=3")) {
            assertNextLinkRefused(elsewhere)
                    .hasMessageStartingWith("GitLab's Link header sends the next page to " + elsewhere.split("\\?")[0])
                    .hasMessageEndingWith("expected a URL under " + API);
            assertThat(pageOf(NextPage.after(response(Map.of("Link", nextLink(elsewhere), "X-Next-Page",
                    List.of("3"))), ISSUES, 2, 100, API))).isEqualTo("3");
        }
    }

    /** GitLab's Link header naming {@code url} as the next page. */
    private static List<String> nextLink(String url) {
        return List.of("<" + url + ">; rel=\"next\"");
    }

    /** Page 2's answer sends page 3 to {@code url}, with nothing else to go by: refused. */
    private static AbstractThrowableAssert<?, ? extends Throwable> assertNextLinkRefused(String url) {
        return assertThatThrownBy(() -> NextPage.after(response(Map.of("Link", nextLink(url))), ISSUES, 2, 100, API))
                .as(url)
                .isInstanceOf(GitLabFetchException.class);
    }

    @Test
    void anEncodedDotDotInTheNextLinkIsNeverFollowed() {
        // issue 22 item 10: GitLab (or a proxy before it) decodes %2e%2e and normalises the path
        for (String climbing : List.of("https://gitlab.example.com/api/v4/%2e%2e/%2e%2e/oauth/token?page=3",
                "https://gitlab.example.com/api/v4/%2E%2E/%2E%2E/admin?page=3",
                "https://gitlab.example.com/api/v4/projects/%2e%2e%2F%2e%2e%2F..%2Fadmin?page=3",
                "https://gitlab.example.com/api/v4/.%2e/.%2E/users?page=3",
                "https://gitlab.example.com/api/v4/projects/..%5c..%5cadmin?page=3",
                "https://gitlab.example.com/api/v4/%252e%252e/%252e%252e/admin?page=3",
                "https://gitlab.example.com/api/v4/projects/8/./issues?page=3")) {
            assertNextLinkRefused(climbing).hasMessageContaining("it is outside the API");
        }
        // a project path's encoded slash, and dots inside a name, are not a climb
        assertThat(NextPage.climbs("/api/v4/projects/group%2Fsub.group%2Fmy..project/issues")).isFalse();
        assertThat(NextPage.climbs("/api/v4/projects/8/issues")).isFalse();
    }

    @Test
    void nextPageFallsBackToXNextPageThenTotalsThenAFullPage() {
        NextPage.Target numbered = NextPage.after(response(Map.of("X-Next-Page", List.of("3"), "X-Total-Pages",
                List.of("9"))), ISSUES, 2, 100, API);
        assertThat(numbered.query()).containsEntry("state", "all").containsEntry("per_page", "100")
                .containsEntry("page", "3");
        // present but empty: the last page, whatever else is said
        assertThat(NextPage.after(response(Map.of("x-next-page", List.of(""), "X-Total-Pages", List.of("9"))),
                ISSUES, 2, 100, API)).isNull();
        assertThat(NextPage.after(response(Map.of("Link", List.of(
                "<https://gitlab.example.com/x?page=1>; rel=\"first\""))), ISSUES, 2, 100, API)).isNull();
        assertThat(pageOf(NextPage.after(response(Map.of("X-Total-Pages", List.of("3"))), ISSUES, 2, 100, API)))
                .isEqualTo("3");
        assertThat(NextPage.after(response(Map.of("X-Total-Pages", List.of("3"))), ISSUES, 3, 100, API)).isNull();
        assertThat(pageOf(NextPage.after(response(Map.of()), ISSUES, 1, 100, API))).isEqualTo("2");
        assertThat(NextPage.after(response(Map.of()), ISSUES, 1, 99, API)).isNull();
    }

    @Test
    void baseUrlIsNormalisedAndCredentialsInItAreRefused() {
        assertThat(Targets.baseUrl("https://gitlab.example.com/")).isEqualTo("https://gitlab.example.com");
        assertThat(Targets.baseUrl(" https://gitlab.example.com/gitlab/api/v4/ "))
                .isEqualTo("https://gitlab.example.com/gitlab");
        assertThatThrownBy(() -> Targets.baseUrl("gitlab.example.com"))
                .hasMessageContaining("must start with https://");
        assertThatThrownBy(() -> Targets.baseUrl("https://user:secret@gitlab.example.com"))
                .hasMessageNotContaining("secret");
    }

    @Test
    void projectIsAPathOrAnIdButNotAUrl() {
        assertThatThrownBy(() -> GitLabSnapshotLoader.builder().project("https://gitlab.com/a/b"))
                .hasMessageContaining("not a URL");
        assertThatThrownBy(() -> GitLabSnapshotLoader.builder().project(" / "))
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> GitLabSnapshotLoader.builder().baseUrl("https://gitlab.com").build())
                .hasMessageContaining("project");
        assertThat(GitLabRest.encodePathSegment("my-group/sub.group/my_project x"))
                .isEqualTo("my-group%2Fsub.group%2Fmy_project%20x");
    }

    @Test
    void secretNeverPrintsAndRedactsItself() {
        Secret secret = new Secret(" glpat-abc123 \n");

        assertThat(secret.value()).isEqualTo("glpat-abc123");
        assertThat(secret.toString()).doesNotContain("glpat");
        assertThat(secret.redact("echo glpat-abc123 here")).isEqualTo("echo [REDACTED] here");
        assertThat(new Secret("  ").isPresent()).isFalse();
    }

    @Test
    void onlyTokensLongEnoughToBeSecretsAreRedactedSoShortOnesDoNotGarbleMessages() {
        // a test token "x" made "unexpected answer" read "une[REDACTED]pected answer"
        assertThat(new Secret("x").redact("unexpected answer from GitLab")).isEqualTo("unexpected answer from GitLab");
        assertThat(new Secret("1234567").redact("id 1234567")).isEqualTo("id 1234567");
        assertThat(new Secret("12345678").redact("id 12345678")).isEqualTo("id [REDACTED]");
        Throwable redacted = new Secret("glpat-abc123").redact(new IllegalStateException("sent glpat-abc123"));
        assertThat(redacted).hasMessage("java.lang.IllegalStateException: sent [REDACTED]");
        // copied even then: anything shaped like a GitLab token is masked whoever's it is
        assertThat(new Secret("x").redact(new IllegalStateException("unexpected glrt-Zq8xYv3WkP2mN7rT5sLd")))
                .hasMessage("java.lang.IllegalStateException: unexpected [REDACTED]");
    }

    @Test
    void statsSummaryReadsAsOneLine() {
        assertThat(new FetchStats(12, 1, Duration.ofMillis(840), Map.of()).summary())
                .isEqualTo("12 requests (1 retry) in 0.84 s");
    }
}
