package dev.psdm.gitlab;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import dev.psdm.gitlab.fake.FakeIssueWrites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Writes go through the reads' {@link RequestPacer} and {@code Retry-After} handling (issue 30 item 5): one pacer
 * spaces a publish's reads and writes alike, a 429 on a write waits its {@code Retry-After} and holds every other
 * user of the pacer for as long; and a write answered with a redirect is never sent again, to the redirect's
 * target or anywhere, since the token would go along.
 */
class WritePacingTest {
    private static final String TOKEN = "glpat-writePacingToken0123";
    private static final Instant START = Instant.parse("2026-05-15T12:00:00Z");

    @Test
    void readsAndWritesShareOnePacerAndA429OnAWriteIsWaitedOutByEveryUserOfIt() throws Exception {
        TestSupport.ManualClock clock = new TestSupport.ManualClock(START);
        List<Duration> paced = new ArrayList<>();
        // 600 a minute: a slot every 100 ms, far shorter than the 429's Retry-After of 1 s
        RequestPacer pacer = RequestPacer.perMinute(600, clock, d -> {
            paced.add(d);
            clock.advance(d);
        });
        List<Duration> otherLoaderWaited = new ArrayList<>();
        List<Duration> retryWaits = new ArrayList<>();
        Sleeper retrySleeper = d -> {
            retryWaits.add(d);
            // another project's loader sharing the pacer asks for a slot while this write waits out its 429
            Instant before = clock.instant();
            pacer.acquire();
            otherLoaderWaited.add(Duration.between(before, clock.instant()));
            Instant until = before.plus(d);
            if (clock.instant().isBefore(until)) {
                clock.advance(Duration.between(clock.instant(), until));
            }
        };
        try (FakeIssueWrites gitlab = new FakeIssueWrites().failNextWrites(1, 429);
             GitLabConnection connection = GitLabConnection.open(gitlab.baseUrl(), () -> TOKEN,
                     RetryPolicy.defaults().withMaxAttempts(3), pacer, Duration.ofSeconds(5), Duration.ofSeconds(10),
                     null, retrySleeper, clock)) {
            connection.get("personal_access_tokens/self", Map.of());
            connection.write("POST", "projects/5/issues", "{\"title\":\"PSDM compliance\",\"description\":\"x\"}", Map::of);
            connection.write("PUT", "projects/5/issues/1", "{\"description\":\"y\"}", Map::of);

            assertThat(gitlab.requests()).containsExactly("GET /api/v4/personal_access_tokens/self",
                    "POST /api/v4/projects/5/issues", "POST /api/v4/projects/5/issues", "PUT /api/v4/projects/5/issues/1");
            assertThat(gitlab.issues()).as("the 429 came before GitLab created anything: one issue").hasSize(1);
            assertThat(retryWaits).as("the write's Retry-After (1 s), honoured").containsExactly(Duration.ofSeconds(1));
            assertThat(otherLoaderWaited).as("the hold covers the other users of the pacer, not only its 100 ms slot")
                    .singleElement().satisfies(w -> assertThat(w).isGreaterThanOrEqualTo(Duration.ofSeconds(1)));
            assertThat(connection.requests()).isEqualTo(4);
            // reads and writes take the pacer's slots alike: the read at once, then each write 100 ms after the last
            // request, the retry after the hold (1 s) and its slot
            assertThat(paced).containsExactly(Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofMillis(100),
                    Duration.ofMillis(100));
            assertThat(Duration.between(START, clock.instant())).isEqualTo(Duration.ofMillis(1300));
        }
    }

    @ParameterizedTest
    @CsvSource({"POST,302", "POST,307", "POST,308", "PUT,301", "PUT,307", "PATCH,308", "POST,303"})
    void aRedirectedWriteIsNeverSentAgainAndTheTokenNeverReachesTheTarget(String method, int status) {
        WireMockServer target = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        WireMockServer gitlab = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        target.start();
        gitlab.start();
        try {
            target.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(201).withBody("{}")));
            gitlab.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(status)
                    .withHeader("Location", "http://127.0.0.1:" + target.port() + "/api/v4/projects/5/issues")));
            try (GitLabConnection connection = GitLabConnection.open("http://127.0.0.1:" + gitlab.port(), () -> TOKEN,
                    RetryPolicy.defaults().withMaxAttempts(3), RequestPacer.perMinute(6000), Duration.ofSeconds(5),
                    Duration.ofSeconds(10), null)) {
                assertThatThrownBy(() -> connection.write(method, "projects/5/issues", "{\"title\":\"t\"}", Map::of))
                        .isInstanceOf(GitLabFetchException.class)
                        .hasMessageContaining("GitLab redirected")
                        .hasMessageContaining("psdm does not follow redirects")
                        .hasMessageNotContaining(TOKEN);
            }
            assertThat(target.getAllServeEvents()).as("nothing reached the redirect's target").isEmpty();
            assertThat(gitlab.getAllServeEvents()).as("sent once, not retried").singleElement()
                    .satisfies(e -> assertThat(e.getRequest().getMethod()).isEqualTo(RequestMethod.fromString(method)));
        } finally {
            gitlab.stop();
            target.stop();
        }
    }
}
