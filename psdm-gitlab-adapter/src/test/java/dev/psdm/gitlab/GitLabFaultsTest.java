package dev.psdm.gitlab;

import com.github.tomakehurst.wiremock.client.WireMock;
import dev.psdm.gitlab.fake.FakeGitLab;
import dev.psdm.gitlab.fake.FakeGitLabTest;
import dev.psdm.gitlab.fake.FakeGitLab.Endpoint;
import dev.psdm.gitlab.fake.GitLabProject;
import dev.psdm.model.DataGap;
import dev.psdm.model.Snapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.psdm.gitlab.TestSupport.NOW;
import static dev.psdm.gitlab.TestSupport.synthetic;
import static dev.psdm.gitlab.TestSupport.waitlessLoader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** GitLab misbehaving: rate limits, 5xx, timeouts, refused tokens, missing permissions. */
class GitLabFaultsTest extends FakeGitLabTest {
    private final GitLabProject served = synthetic(250, 3);
    /** Replaced by the tests that move a clock with the waits. */
    private TestSupport.RecordingSleeper sleeper = new TestSupport.RecordingSleeper();

    @Test
    void aRateLimitedPageWaitsWhatRetryAfterSaysThenSucceeds() {
        gitlab.serve(served).failFirst(FakeGitLab.path(served, Endpoint.ISSUES), FakeGitLab.rateLimited(7));

        FetchResult result = waitlessLoader(gitlab, sleeper).build().fetch();

        assertThat(result.snapshot().issues()).hasSize(250);
        assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(7));
        assertThat(result.stats().retries()).isEqualTo(1);
        assertThat(result.stats().requests()).isEqualTo(gitlab.requestCount()).isEqualTo(3 + 9 + 1);
    }

    @Test
    void twoBadGatewaysThenSuccessBackOffExponentially() {
        gitlab.serve(served).failFirst(FakeGitLab.path(served, Endpoint.LABELS),
                FakeGitLab.badGateway(), FakeGitLab.badGateway());

        FetchResult result = waitlessLoader(gitlab, sleeper).retryPolicy(RetryPolicy.defaults()
                .withBackoff(Duration.ofSeconds(1), Duration.ofSeconds(30))).build().fetch();

        assertThat(result.snapshot().labels()).hasSize(1);
        // jitter 0 → half of 1 s, then half of 2 s
        assertThat(sleeper.waits).containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000));
        assertThat(result.stats().retries()).isEqualTo(2);
        assertThat(gitlab.requestCount(FakeGitLab.path(served, Endpoint.LABELS))).isEqualTo(3);
    }

    @Test
    void aPersistentServerErrorMakesTheResourceAReadFailureAfterTheLastAttempt() {
        // issue 22 item 2: one resource failing past the retries no longer aborts the fetch (no report at all);
        // it is a read-failure gap, so the run is incomplete and every other resource is still read
        gitlab.serve(served).failAlways(FakeGitLab.path(served, Endpoint.MILESTONES), FakeGitLab.serverError());

        Snapshot snapshot = waitlessLoader(gitlab, sleeper).retryPolicy(RetryPolicy.defaults().withMaxAttempts(4)).build().load();

        assertThat(readFailure(snapshot, DataGap.MILESTONES)).isEqualTo("GitLab kept failing with 500 Internal Server"
                + " Error at " + gitlab.url(served, Endpoint.MILESTONES) + " (4 attempts)");
        assertThat(snapshot.gaps()).hasSize(1);
        assertThat(snapshot.issues()).hasSize(250);
        assertThat(snapshot.labels()).hasSize(1);
        assertThat(gitlab.requestCount(FakeGitLab.path(served, Endpoint.MILESTONES))).isEqualTo(4);
        assertThat(sleeper.waits).hasSize(3);
    }

    @Test
    void anHtmlErrorPageStaysOutOfTheMessage() {
        gitlab.serve(served).failAlways(FakeGitLab.path(served, Endpoint.BOARDS), FakeGitLab.badGateway());

        Snapshot snapshot = waitlessLoader(gitlab, sleeper).retryPolicy(RetryPolicy.defaults().withMaxAttempts(2)).build().load();

        assertThat(readFailure(snapshot, DataGap.BOARDS))
                .isEqualTo("GitLab kept failing with 502 Bad Gateway at " + gitlab.url(served, Endpoint.BOARDS) + " (2 attempts)");
    }

    @Test
    void aRejectedTokenStopsTheFetchWithOneLine() {
        gitlab.serve(served);
        gitlab.server().stubFor(WireMock.any(WireMock.anyUrl()).atPriority(1)
                .willReturn(FakeGitLab.error(401, "401 Unauthorized")));

        assertThatThrownBy(() -> waitlessLoader(gitlab, sleeper).build().fetch())
                .isExactlyInstanceOf(GitLabAccessException.class)
                .hasMessage("GitLab rejected the token (401) at " + gitlab.baseUrl()
                        + "/api/v4/projects/group%2Fsubgroup%2Fproject");
        assertThat(gitlab.requestCount()).isEqualTo(1);
        assertThat(sleeper.waits).isEmpty();
    }

    @Test
    void aTokenRejectedMidwayStillStopsTheFetch() {
        gitlab.serve(served).failAlways(FakeGitLab.path(served, Endpoint.LABELS), FakeGitLab.error(401, "401 Unauthorized"));

        assertThatThrownBy(() -> waitlessLoader(gitlab, sleeper).build().fetch())
                .isExactlyInstanceOf(GitLabAccessException.class)
                .hasMessage("GitLab rejected the token (401) at " + gitlab.url(served, Endpoint.LABELS));
    }

    @Test
    void aMissingProjectIsAnAccessError() {
        // nothing served: GitLab's answer for a project that is missing or invisible to the token
        gitlab.failAlways("/api/v4/projects/group%2Fsubgroup%2Fproject", FakeGitLab.error(404, "404 Project Not Found"));

        assertThatThrownBy(() -> waitlessLoader(gitlab, sleeper).build().fetch())
                .isExactlyInstanceOf(GitLabAccessException.class)
                .hasMessage("project 'group/subgroup/project' not found (404) at " + gitlab.baseUrl()
                        + "/api/v4/projects/group%2Fsubgroup%2Fproject: it does not exist, or the token cannot see it");
    }

    @Test
    void forbiddenEpicsBecomeAGapAndEverythingElseIsRead() {
        gitlab.serve(served).failAlways(FakeGitLab.path(served, Endpoint.EPICS), FakeGitLab.error(403, "403 Forbidden"));

        Snapshot snapshot = waitlessLoader(gitlab, sleeper).build().load();

        assertThat(snapshot.gaps()).singleElement().satisfies(gap -> {
            assertThat(gap.resource()).isEqualTo(DataGap.EPICS);
            assertThat(gap.reason()).startsWith("GitLab answered 403 Forbidden at " + gitlab.url(served, Endpoint.EPICS))
                    .contains("epics need GitLab Premium or Ultimate");
        });
        assertThat(snapshot.epics()).isEmpty();
        assertThat(snapshot.issues()).hasSize(250);
        assertThat(snapshot.iterations()).hasSize(3);
        assertThat(snapshot.labels()).hasSize(1);
        assertThat(snapshot.wikiPages()).hasSize(1);
        assertThat(gitlab.requestCount(FakeGitLab.path(served, Endpoint.EPICS))).isEqualTo(1);
    }

    @Test
    void unknownRoutesForIterationsAndWikiBecomeGaps() {
        // GitLab Free: no iterations endpoint for the project → the unknown-route 404
        gitlab.serve(served).failAlways(FakeGitLab.path(served, Endpoint.ITERATIONS),
                FakeGitLab.json(404, "{\"error\":\"404 Not Found\"}"));
        gitlab.failAlways(FakeGitLab.path(served, Endpoint.WIKI), FakeGitLab.error(403, "403 Forbidden"));

        Snapshot snapshot = waitlessLoader(gitlab, sleeper).build().load();

        assertThat(snapshot.gaps()).extracting(DataGap::resource).containsExactly(DataGap.ITERATIONS, DataGap.WIKI);
        assertThat(snapshot.gap(DataGap.ITERATIONS).orElseThrow().reason()).contains("404 Not Found")
                .contains("iterations need GitLab Premium or Ultimate");
        assertThat(snapshot.issues()).hasSize(250);
    }

    /** Issue 22 item 10: Long.MAX_VALUE seconds (and more) once overflowed the deadline arithmetic ("internal error"). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "3600 | the 3600 s wait before retrying",
            "9223372036854775807 | the wait of a day or more that GitLab asked for (Retry-After)",
            "99999999999999999999999 | the wait of a day or more that GitLab asked for (Retry-After)"})
    void aRetryAfterBeyondTheDeadlineFailsAtOnce(String retryAfter, String wait) {
        gitlab.serve(served).failAlways(FakeGitLab.path(served, Endpoint.ISSUES),
                FakeGitLab.rateLimited(1).withHeader("Retry-After", retryAfter));

        Snapshot snapshot = waitlessLoader(gitlab, sleeper).retryPolicy(RetryPolicy.defaults().withDeadline(Duration.ofMinutes(10)))
                .build().load();

        assertThat(readFailure(snapshot, DataGap.ISSUES)).isEqualTo("gave up on " + gitlab.url(served, Endpoint.ISSUES)
                + ": the fetch deadline of 600 s would pass during " + wait + " (last answer: 429 Too Many Requests"
                + " (Retry later))");
        assertThat(sleeper.waits).isEmpty();
    }

    @Test
    void backoffsStopAtTheDeadline() {
        TestSupport.ManualClock clock = new TestSupport.ManualClock(NOW);
        sleeper = new TestSupport.RecordingSleeper(clock);
        gitlab.serve(served).failAlways(FakeGitLab.path(served, Endpoint.BOARDS), FakeGitLab.error(503, "503 Service Unavailable"));

        // 1 s, 2 s, 4 s (jitter 1 → full backoff) would pass the 5 s deadline on the third wait
        Snapshot snapshot = waitlessLoader(gitlab, sleeper).clock(clock).sleeper(sleeper).jitter(() -> 1.0)
                .retryPolicy(new RetryPolicy(10, Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofSeconds(5)))
                .build().load();

        assertThat(readFailure(snapshot, DataGap.BOARDS)).contains("the fetch deadline of 5 s would pass during the 4 s wait");
        assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
        assertThat(gitlab.requestCount(FakeGitLab.path(served, Endpoint.BOARDS))).isEqualTo(3);
    }

    @Test
    void aReadTimeoutIsRetried() {
        // The timeout is generous (a loaded CI machine answers the other requests well within it: at 300 ms they
        // timed out too and were retried) and the answer far later than it, so only the delayed one times out.
        gitlab.serve(served).failFirst(FakeGitLab.path(served, Endpoint.LABELS),
                FakeGitLab.json(200, "[]").withFixedDelay(30_000));

        FetchResult result = waitlessLoader(gitlab, sleeper).readTimeout(Duration.ofSeconds(3)).build().fetch();

        assertThat(result.snapshot().labels()).hasSize(1);
        assertThat(result.stats().retries()).isEqualTo(1);
        assertThat(sleeper.waits).hasSize(1);
    }

    @Test
    void aRefusedConnectionFailsAtOnceWithoutRetries() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            closedPort = socket.getLocalPort();
        }

        assertThatThrownBy(() -> waitlessLoader(gitlab, sleeper).baseUrl("http://127.0.0.1:" + closedPort).build().fetch())
                .isExactlyInstanceOf(GitLabFetchException.class)
                .hasMessageStartingWith("cannot reach GitLab at http://127.0.0.1:" + closedPort
                        + "/api/v4/projects/group%2Fsubgroup%2Fproject: cannot connect")
                .hasMessageNotContaining("\n");
        assertThat(sleeper.waits).isEmpty();
    }

    @Test
    void aSuccessThatIsNotGitLabJsonBecomesAGapQuotingTheAnswer() {
        // e.g. a captive proxy's login page with 200 OK: the issues cannot be judged, the rest can
        gitlab.serve(served).failAlways(FakeGitLab.path(served, Endpoint.ISSUES),
                com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(200)
                        .withHeader("Content-Type", "text/html").withBody("<html><body>Sign in</body></html>"));

        dev.psdm.model.Snapshot snapshot = waitlessLoader(gitlab, sleeper).build().load();

        assertThat(snapshot.issues()).isEmpty();
        assertThat(snapshot.gap(dev.psdm.model.DataGap.ISSUES)).hasValueSatisfying(g -> assertThat(g.reason())
                .startsWith("unexpected answer from " + gitlab.url(served, Endpoint.ISSUES) + ": not the JSON GitLab sends for issues")
                .endsWith("GitLab answered \"<html><body>Sign in</body></html>\"")
                .doesNotContain("\n"));
        assertThat(snapshot.labels()).isNotEmpty();
    }

    @Test
    void oneFailingResourceIsAReadFailureAndTheOthersAreStillRead() {
        gitlab.serve(served).failAlways(FakeGitLab.path(served, Endpoint.ISSUES), FakeGitLab.error(400, "400 Bad request"));

        Snapshot snapshot = waitlessLoader(gitlab, sleeper).concurrency(1).build().load();

        assertThat(readFailure(snapshot, DataGap.ISSUES)).isEqualTo("GitLab answered 400 Bad Request at " + gitlab.url(served, Endpoint.ISSUES));
        assertThat(snapshot.labels()).hasSize(1);
        assertThat(gitlab.server().findAll(WireMock.getRequestedFor(urlPathEqualTo(FakeGitLab.path(served, Endpoint.LABELS)))))
                .hasSize(1);
    }

    @Test
    void theFetchDeadlinePassingMakesEveryUnreadResourceAReadFailure() {
        // --fetch-deadline used to abort the fetch with no report at all; now what was read is kept and the
        // rest is a read failure each: issues wait the whole 5 s GitLab asks for, then the deadline has passed
        TestSupport.ManualClock clock = new TestSupport.ManualClock(NOW);
        sleeper = new TestSupport.RecordingSleeper(clock);
        gitlab.serve(served).failAlways(FakeGitLab.path(served, Endpoint.ISSUES), FakeGitLab.rateLimited(5));

        Snapshot snapshot = waitlessLoader(gitlab, sleeper).clock(clock).sleeper(sleeper).concurrency(1)
                .retryPolicy(new RetryPolicy(10, Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofSeconds(5)))
                .build().load();

        assertThat(readFailure(snapshot, DataGap.ISSUES)).isEqualTo("gave up on " + gitlab.url(served, Endpoint.ISSUES)
                + ": the fetch deadline of 5 s has passed (last answer: 429 Too Many Requests (Retry later))");
        for (String resource : List.of(DataGap.ITERATIONS, DataGap.MILESTONES, DataGap.LABELS, DataGap.BOARDS, DataGap.WIKI)) {
            assertThat(readFailure(snapshot, resource)).startsWith("gave up on ").contains("the fetch deadline of 5 s has passed");
        }
        assertThat(snapshot.project().pathWithNamespace()).isEqualTo(served.path());
    }

    /** The reason of the resource's gap, which must be a read failure (the run is incomplete). */
    private static String readFailure(Snapshot snapshot, String resource) {
        DataGap gap = snapshot.gap(resource).orElseThrow(() -> new AssertionError("no gap for " + resource));
        assertThat(gap.isReadFailure()).as(resource + " is a read failure").isTrue();
        return gap.reason();
    }
}
