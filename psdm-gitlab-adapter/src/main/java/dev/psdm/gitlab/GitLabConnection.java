package dev.psdm.gitlab;

import org.gitlab4j.api.GitLabApi;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * One connection to GitLab for code that writes ({@code dev.psdm.gitlab.publish}): the same gitlab4j client,
 * {@link RetryPolicy}, {@link RequestPacer}, {@code Retry-After} handling, deadline and token redaction as the
 * {@link GitLabSnapshotLoader}'s reads, so a publish after a check shares the user's rate limit with it.
 * Paths are under {@code /api/v4}, their segments already URL-encoded. Counts every request it sends.
 * Not for concurrent use by several threads at once beyond what {@link Requester} allows (it is thread-safe).
 */
public final class GitLabConnection implements AutoCloseable {
    private final GitLabApi api;
    private final Requester requester;

    private GitLabConnection(GitLabApi api, Requester requester) {
        this.api = api;
        this.requester = requester;
    }

    /**
     * @param pacer null for no pacing (one project, no scan sharing a limit)
     */
    public static GitLabConnection open(String baseUrl, Supplier<String> token, RetryPolicy policy, RequestPacer pacer,
                                        Duration connectTimeout, Duration readTimeout, URI proxy) {
        return open(baseUrl, token, policy, pacer, connectTimeout, readTimeout, proxy, Sleeper.threadSleep(),
                Clock.systemUTC());
    }

    /** With an injectable sleeper and clock, for tests of retries and deadlines. */
    public static GitLabConnection open(String baseUrl, Supplier<String> token, RetryPolicy policy, RequestPacer pacer,
                                        Duration connectTimeout, Duration readTimeout, URI proxy, Sleeper sleeper,
                                        Clock clock) {
        String base = Objects.requireNonNull(baseUrl, "baseUrl").replaceAll("/+$", "");
        Secret secret = new Secret(token == null ? null : token.get());
        GitLabApi api = GitLabClients.open(base, secret, proxy, connectTimeout, readTimeout);
        try {
            GitLabRest rest = new GitLabRest(api, secret, true);
            Requester requester = new Requester(rest, base + "/api/v4", policy, sleeper, clock,
                    () -> ThreadLocalRandom.current().nextDouble(), secret, pacer);
            return new GitLabConnection(api, requester);
        } catch (RuntimeException e) {
            api.close();
            throw e;
        }
    }

    /** A GET of one object or one page; a non-2xx answer past the retries throws {@link GitLabFetchException}. */
    public String get(String path, Map<String, String> query) {
        ApiRequest request = new ApiRequest("publish", java.util.List.of(path.split("/")), query);
        return requester.get(request, request.queryForObject()).body();
    }

    /** A POST, PUT or PATCH with a JSON body; {@code headers} is asked anew for every attempt. */
    public String write(String method, String path, String jsonBody, Supplier<Map<String, String>> headers) {
        return requester.write(method, path, jsonBody, headers).body();
    }

    /** Requests sent so far, retries included. */
    public int requests() {
        return requester.requests();
    }

    /** One line without the token or anything shaped like a GitLab token. */
    public String clean(String message) {
        return requester.clean(message);
    }

    /** {@code https://gitlab.example.com/api/v4}. */
    public String apiBase() {
        return requester.apiBase();
    }

    /** The same encoding of a project path as one URL path segment that the reads use. */
    public static String encodePathSegment(String value) {
        return GitLabRest.encodePathSegment(value);
    }

    @Override
    public void close() {
        api.close();
    }
}
