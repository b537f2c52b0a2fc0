package dev.psdm.gitlab;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.psdm.gitlab.fake.FakeGitLab;
import dev.psdm.gitlab.fake.FakeGitLabTest;
import dev.psdm.gitlab.fake.FakeGitLab.Endpoint;
import dev.psdm.gitlab.fake.GitLabProject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static dev.psdm.gitlab.TestSupport.TOKEN;
import static dev.psdm.gitlab.TestSupport.synthetic;
import static dev.psdm.gitlab.TestSupport.waitlessLoader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The faults {@link GitLabFaultsTest} leaves out: 429 without {@code Retry-After}, 503, a connect
 * timeout, a truncated body, a wrong content type, and a redirect to another host (the token must
 * not follow it). Every case either reads the project correctly or fails with one line; none hangs.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class MoreGitLabFaultsTest extends FakeGitLabTest {
    private static final String PROJECT = "/api/v4/projects/group%2Fsubgroup%2Fproject";

    private static WireMockServer elsewhere;
    private final GitLabProject served = synthetic(250, 3);
    private final TestSupport.RecordingSleeper sleeper = new TestSupport.RecordingSleeper();

    @BeforeAll
    static void startServers() {
        elsewhere = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        elsewhere.start();
    }

    @AfterAll
    static void stopServers() {
        elsewhere.stop();
    }

    @BeforeEach
    void answerEverywhereElse() {
        elsewhere.resetAll();
        elsewhere.stubFor(WireMock.any(WireMock.anyUrl()).willReturn(FakeGitLab.json(200, "{\"id\": 3}")));
    }

    @Test
    void aRateLimitWithoutRetryAfterBacksOff() {
        gitlab.serve(served).failFirst(FakeGitLab.path(served, Endpoint.ISSUES),
                WireMock.aResponse().withStatus(429).withHeader("Content-Type", "text/plain").withBody("Retry later"));

        FetchResult result = waitlessLoader(gitlab, sleeper).retryPolicy(RetryPolicy.defaults()
                .withBackoff(Duration.ofSeconds(1), Duration.ofSeconds(30))).build().fetch();

        assertThat(result.snapshot().issues()).hasSize(250);
        // no Retry-After: the exponential backoff (jitter 0 → half of 1 s)
        assertThat(sleeper.waits).containsExactly(Duration.ofMillis(500));
        assertThat(result.stats().retries()).isEqualTo(1);
    }

    @Test
    void aServiceUnavailableIsRetried() {
        gitlab.serve(served).failFirst(FakeGitLab.path(served, Endpoint.MILESTONES),
                FakeGitLab.error(503, "503 Service Unavailable"),
                FakeGitLab.error(503, "503 Service Unavailable").withHeader("Retry-After", "2"));

        FetchResult result = waitlessLoader(gitlab, sleeper).retryPolicy(RetryPolicy.defaults()
                .withBackoff(Duration.ofSeconds(1), Duration.ofSeconds(30))).build().fetch();

        assertThat(result.snapshot().issues()).hasSize(250);
        assertThat(sleeper.waits).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(2));
    }

    @Test
    void aPersistentServiceUnavailableIsAReadFailureInOneLine() {
        gitlab.serve(served).failAlways(FakeGitLab.path(served, Endpoint.MILESTONES),
                FakeGitLab.error(503, "503 Service Unavailable"));

        dev.psdm.model.Snapshot snapshot = waitlessLoader(gitlab, sleeper).retryPolicy(RetryPolicy.defaults().withMaxAttempts(3)).build().load();

        assertThat(snapshot.gap(dev.psdm.model.DataGap.MILESTONES)).hasValueSatisfying(g -> {
            assertThat(g.isReadFailure()).isTrue();
            assertThat(g.reason()).isEqualTo("GitLab kept failing with 503 Service Unavailable at "
                    + gitlab.url(served, Endpoint.MILESTONES) + " (3 attempts)");
        });
        assertThat(snapshot.issues()).hasSize(250);
    }

    /**
     * A connect timeout on loopback: a listening socket with a backlog of 1 that never accepts. Once
     * its accept queue is full, Linux drops further SYNs, so the next connect waits until the
     * connect timeout. If the platform answers anyway (refuses), the test is still a one-line failure.
     */
    @Test
    void aConnectTimeoutIsRetriedThenFailsWithOneLine() throws IOException {
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        List<Socket> fillers = new ArrayList<>();
        try (ServerSocket silent = new ServerSocket(0, 1, loopback)) {
            for (int i = 0; i < 8; i++) {
                Socket s = new Socket();
                try {
                    s.connect(new InetSocketAddress(loopback, silent.getLocalPort()), 200);
                    fillers.add(s);
                } catch (IOException full) {
                    s.close();
                    break;
                }
            }
            String base = "http://127.0.0.1:" + silent.getLocalPort();
            long started = System.nanoTime();
            assertThatThrownBy(() -> waitlessLoader(gitlab, sleeper).baseUrl(base)
                    .connectTimeout(Duration.ofMillis(300))
                    .retryPolicy(RetryPolicy.defaults().withMaxAttempts(2)).build().fetch())
                    .isExactlyInstanceOf(GitLabFetchException.class)
                    .hasMessage("GitLab gave no answer within the timeout at " + base + PROJECT + " (2 attempts)");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
            assertThat(sleeper.waits).hasSize(1);
        } finally {
            for (Socket s : fillers) {
                s.close();
            }
        }
    }

    @Test
    void aTruncatedBodyOfAnOptionalResourceBecomesAGapInOneLine() {
        gitlab.serve(served).failAlways(FakeGitLab.path(served, Endpoint.LABELS),
                FakeGitLab.json(200, "[{\"id\": 1, "));

        dev.psdm.model.Snapshot snapshot = waitlessLoader(gitlab, sleeper).build().load();

        assertThat(snapshot.gap(dev.psdm.model.DataGap.LABELS)).hasValueSatisfying(g -> assertThat(g.reason())
                .startsWith("unexpected answer from " + gitlab.url(served, Endpoint.LABELS) + ": not the JSON GitLab sends for labels")
                .contains("GitLab answered \"[{\"id\": 1,\"")
                .doesNotContain("\n"));
        assertThat(snapshot.issues()).hasSize(250);
    }

    @Test
    void anHtmlErrorPageWithStatus200OnTheProjectFailsWithOneLine() {
        gitlab.serve(served).failAlways(PROJECT, WireMock.aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html")
                .withBody("<!DOCTYPE html>\n<html><head><title>Error</title></head>\n<body>Something went wrong</body></html>"));

        assertThatThrownBy(() -> waitlessLoader(gitlab, sleeper).build().fetch())
                .isExactlyInstanceOf(GitLabFetchException.class)
                .hasMessageStartingWith("unexpected answer from " + gitlab.baseUrl() + PROJECT + ": not the JSON GitLab sends")
                .hasMessageNotContaining("\n")
                .hasMessageNotContaining("Something went wrong");
    }

    /** Decision: the body decides, not the Content-Type header; valid GitLab JSON is read whatever it is labelled. */
    @Test
    void validJsonWithTheWrongContentTypeIsAccepted() {
        gitlab.serve(served).failAlways(FakeGitLab.path(served, Endpoint.WIKI),
                WireMock.aResponse().withStatus(200).withHeader("Content-Type", "text/plain; charset=utf-8")
                        .withBody("[{\"slug\":\"home\",\"title\":\"home\",\"format\":\"markdown\"}]"));

        FetchResult result = waitlessLoader(gitlab, sleeper).build().fetch();

        assertThat(result.snapshot().wikiPages()).hasSize(1);
        assertThat(result.snapshot().issues()).hasSize(250);
    }

    @Test
    void aRedirectToAnotherHostIsNotFollowedAndTheTokenStaysHome() {
        String target = "http://localhost:" + elsewhere.port() + PROJECT;
        gitlab.serve(served).failAlways(PROJECT, WireMock.aResponse().withStatus(302).withHeader("Location", target));

        assertThatThrownBy(() -> waitlessLoader(gitlab, sleeper).build().fetch())
                .isExactlyInstanceOf(GitLabFetchException.class)
                .hasMessage("GitLab redirected " + gitlab.baseUrl() + PROJECT + " to " + target
                        + " (302 Found); psdm does not follow redirects, as the token would go along:"
                        + " use the URL GitLab answers at as --gitlab-url")
                .hasMessageNotContaining(TOKEN);
        assertThat(tokenCarriers(elsewhere)).isEmpty();
        assertThat(elsewhere.getAllServeEvents()).isEmpty();
    }

    @Test
    void aRedirectMidwayIsNotFollowedEither() {
        String target = "http://localhost:" + elsewhere.port() + FakeGitLab.path(served, Endpoint.LABELS);
        gitlab.serve(served).failAlways(FakeGitLab.path(served, Endpoint.LABELS),
                WireMock.aResponse().withStatus(301).withHeader("Location", target));

        assertThatThrownBy(() -> waitlessLoader(gitlab, sleeper).build().fetch())
                .isExactlyInstanceOf(GitLabFetchException.class)
                .hasMessageStartingWith("GitLab redirected " + gitlab.url(served, Endpoint.LABELS) + " to " + target);
        assertThat(tokenCarriers(elsewhere)).isEmpty();
    }

    private static List<LoggedRequest> tokenCarriers(WireMockServer server) {
        return server.findAll(WireMock.anyRequestedFor(WireMock.anyUrl())).stream()
                .filter(r -> r.getHeaders().all().stream().anyMatch(h -> h.values().stream().anyMatch(v -> v.contains(TOKEN))))
                .toList();
    }
}
