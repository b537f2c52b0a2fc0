package dev.psdm.gitlab;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.gitlab4j.api.GitLabApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleSupplier;

/**
 * Sends GETs through gitlab4j with the retry policy, since gitlab4j itself never retries: 429 waits
 * {@code Retry-After}, 5xx/timeouts/dropped connections back off exponentially with jitter, all
 * within a bounded number of attempts and the fetch's deadline. Counts every request it sends.
 * Thread-safe.
 */
final class Requester {
    private static final Logger LOG = LoggerFactory.getLogger(Requester.class);

    private final GitLabRest rest;
    private final String apiBase;
    private final RetryPolicy policy;
    private final Sleeper sleeper;
    private final Clock clock;
    private final DoubleSupplier jitter;
    private final Secret secret;
    private final Instant deadline;
    private final RequestPacer pacer;
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger retries = new AtomicInteger();
    private volatile boolean aborted;

    Requester(GitLabRest rest, String apiBase, RetryPolicy policy, Sleeper sleeper, Clock clock,
              DoubleSupplier jitter, Secret secret) {
        this(rest, apiBase, policy, sleeper, clock, jitter, secret, null);
    }

    Requester(GitLabRest rest, String apiBase, RetryPolicy policy, Sleeper sleeper, Clock clock,
              DoubleSupplier jitter, Secret secret, RequestPacer pacer) {
        this.pacer = pacer;
        this.rest = rest;
        this.apiBase = apiBase;
        this.policy = policy;
        this.sleeper = sleeper;
        this.clock = clock;
        this.jitter = jitter;
        this.secret = secret;
        this.deadline = clock.instant().plus(policy.deadline());
    }

    /** The token, for code that quotes GitLab's answers outside a request ({@link GraphQlReader}). */
    Secret secret() {
        return secret;
    }

    /** Whether requests carry a token; without one only public data can be read. */
    boolean authenticated() {
        return secret.isPresent();
    }

    int requests() {
        return requests.get();
    }

    int retries() {
        return retries.get();
    }

    /** Makes every later request fail fast: another resource already failed the fetch. */
    void abort() {
        aborted = true;
    }

    /** {@code https://gitlab.example.com/api/v4}: where every request of this fetch goes. */
    String apiBase() {
        return apiBase;
    }

    String url(ApiRequest request) {
        return request.url(apiBase);
    }

    RawResponse get(ApiRequest request, MultivaluedMap<String, String> query) {
        String url = url(request);
        return send(url, () -> read(rest.get(query, request.pathArgs()), url));
    }

    /** {@code POST /api/graphql} with a JSON body, under the same retries, deadline and pacing as every GET. */
    RawResponse postGraphQl(String jsonBody) {
        return send(graphQlUrl(), () -> read(rest.postGraphQl(jsonBody), graphQlUrl()));
    }

    /**
     * A write under the same pacing, {@code Retry-After} handling, deadline and redaction as every read.
     * {@code PUT} and {@code PATCH} set a state, so repeating one is harmless and every retryable failure is
     * retried; a {@code POST} creates something, and a 5xx or a timeout may come after GitLab created it, so a
     * POST is retried only on 429 (GitLab refused it before doing anything): the next run finds what a lost
     * answer created by its marker, where a blind retry would create it twice. {@code headers} is asked anew
     * for every attempt (a signature carries its own timestamp and nonce).
     */
    RawResponse write(String method, String path, String jsonBody,
                      java.util.function.Supplier<java.util.Map<String, String>> headers) {
        String url = apiBase + "/" + path;
        return send(url, () -> read(rest.write(method, path, jsonBody, headers.get()), url), !"POST".equals(method));
    }

    /** {@code https://gitlab.example.com/api/graphql}. */
    String graphQlUrl() {
        return apiBase.substring(0, apiBase.length() - "/v4".length()) + "/graphql";
    }

    /** One attempt: an HTTP exchange whose non-2xx answer is a {@link GitLabApiException}. */
    @FunctionalInterface
    private interface Exchange {
        RawResponse send() throws GitLabApiException;
    }

    private RawResponse send(String url, Exchange exchange) {
        return send(url, exchange, true);
    }

    private RawResponse send(String url, Exchange exchange, boolean repeatable) {
        Failure last = null;
        for (int attempt = 1; ; attempt++) {
            if (aborted) {
                throw new FetchAborted();
            }
            if (!clock.instant().isBefore(deadline)) {
                throw deadlineExceeded(url, last, null);
            }
            if (pacer != null) {
                pace(url);
            }
            requests.incrementAndGet();
            Failure failure;
            Throwable cause;
            String location = null;
            try {
                return exchange.send();
            } catch (GitLabApiException | ProcessingException e) {
                failure = Failure.of(e, clock.instant(), secret);
                cause = secret.redact(e);
                if (e instanceof GitLabApiException api && api.getHttpStatus() >= 300 && api.getHttpStatus() < 400) {
                    location = header(api.getHeaders(), "Location");
                }
            }
            last = failure;
            if (failure.status() >= 300 && failure.status() < 400) {
                throw new GitLabFetchException(clean("GitLab redirected " + url + " to "
                        + (location == null ? "an unnamed location" : resolve(url, location))
                        + " (" + failure.description() + "); psdm does not follow redirects, as the token would go"
                        + " along: use the URL GitLab answers at as --gitlab-url"), failure.status(), url, cause);
            }
            if (failure.status() == 401) {
                // without a token there is no token to reject: GitLab wants one for what is not public
                throw new GitLabAccessException(clean(secret.isPresent() ? "GitLab rejected the token (401) at " + url
                        : "GitLab answered 401 Unauthorized at " + url + ": no token was given, and this is not"
                        + " public (set GITLAB_TOKEN to a token with read_api)"), 401, url, cause);
            }
            if (!failure.retryable() || !repeatable && !failure.isRateLimit()) {
                throw new GitLabFetchException(clean(failure.failedAt(url)), failure.status(), url, cause);
            }
            if (attempt >= policy.maxAttempts()) {
                throw new GitLabFetchException(clean(failure.exhaustedAt(url, attempt)), failure.status(), url,
                        cause);
            }
            Duration wait = failure.retryAfter() != null
                    ? failure.retryAfter()
                    : policy.backoff(attempt, jitter.getAsDouble());
            if (clock.instant().plus(wait).isAfter(deadline)) {
                throw deadlineExceeded(url, failure, wait);
            }
            retries.incrementAndGet();
            if (pacer != null && failure.isRateLimit()) {
                pacer.holdFor(wait); // the other loaders of a scan share the user's limit: they wait too
            }
            LOG.debug("{} at {}: retry {} of {} in {} ms{}", clean(failure.describe()), url, attempt,
                    policy.maxAttempts() - 1, wait.toMillis(), failure.retryAfter() != null ? " (Retry-After)" : "");
            sleep(wait, url);
        }
    }

    private void pace(String url) {
        try {
            pacer.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GitLabFetchException("interrupted while waiting to send " + url, 0, url, e);
        }
    }

    private static String header(java.util.Map<String, java.util.List<String>> headers, String name) {
        if (headers == null) {
            return null;
        }
        for (java.util.Map.Entry<String, java.util.List<String>> h : headers.entrySet()) {
            if (name.equalsIgnoreCase(h.getKey()) && h.getValue() != null && !h.getValue().isEmpty()) {
                return h.getValue().get(0);
            }
        }
        return null;
    }

    private static String resolve(String url, String location) {
        try {
            return java.net.URI.create(url).resolve(location.strip()).toString();
        } catch (IllegalArgumentException e) {
            return Quote.excerpt(null, location, 200);
        }
    }

    /**
     * The body, read here, inside the retry loop (a read timeout can strike mid-body too), in chunks
     * against the fetch's deadline: the read timeout bounds each wait for a byte, so a server that
     * trickles one byte a second is never cut off by it alone (a 20 s deadline once ran 160 s).
     */
    private RawResponse read(Response response, String url) {
        try {
            if (!response.hasEntity()) {
                return new RawResponse("", response.getStringHeaders());
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            try (InputStream in = response.readEntity(InputStream.class)) {
                byte[] chunk = new byte[16 * 1024];
                for (int n; (n = in.read(chunk)) >= 0; ) {
                    body.write(chunk, 0, n);
                    if (!clock.instant().isBefore(deadline)) {
                        throw new DeadlineInProgress(clean("gave up on " + url + ": the fetch deadline of "
                                + policy.deadline().toSeconds() + " s passed while GitLab was still sending its answer ("
                                + body.size() + " bytes so far)"), url);
                    }
                }
            } catch (IOException e) {
                throw new ProcessingException(e); // a timeout or a dropped connection: retried like any other
            }
            return new RawResponse(body.toString(StandardCharsets.UTF_8), response.getStringHeaders());
        } finally {
            response.close();
        }
    }

    /** The deadline passed while an answer was arriving: not retried, whatever the status. */
    static final class DeadlineInProgress extends GitLabFetchException {
        DeadlineInProgress(String message, String url) {
            super(message, 0, url, null);
        }
    }

    private void sleep(Duration wait, String url) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GitLabFetchException("interrupted while waiting to retry " + url, 0, url, e);
        }
    }

    private GitLabFetchException deadlineExceeded(String url, Failure last, Duration wait) {
        String message = "gave up on " + url + ": the fetch deadline of " + policy.deadline().toSeconds() + " s "
                + (wait == null ? "has passed" : wait.compareTo(Failure.MAX_RETRY_AFTER) >= 0
                        ? "would pass during the wait of a day or more that GitLab asked for (Retry-After)"
                        : "would pass during the " + wait.toSeconds() + " s wait before retrying")
                + (last == null ? "" : " (last answer: " + last.describe() + ")");
        return new GitLabFetchException(clean(message), last == null ? 0 : last.status(), url, null);
    }

    /** One line, without the token or anything shaped like a GitLab token, at most {@link Quote#MAX_MESSAGE} characters. */
    String clean(String message) {
        return Quote.excerpt(secret, message, Quote.MAX_MESSAGE);
    }

    /** A short quote of what GitLab sent: redacted on the raw text first, then one line, then shortened. */
    String excerpt(String raw, int max) {
        return Quote.excerpt(secret, raw, max);
    }

    /** Internal: a request refused because the fetch already failed elsewhere; never escapes the loader. */
    static final class FetchAborted extends RuntimeException {
        FetchAborted() {
            super("fetch aborted", null, false, false);
        }
    }
}
