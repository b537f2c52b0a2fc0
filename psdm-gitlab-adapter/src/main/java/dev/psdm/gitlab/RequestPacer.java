package dev.psdm.gitlab;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Spaces requests evenly so that all fetches sharing a pacer stay under a request rate: a portfolio
 * scan reads many projects at once, and GitLab.com limits an authenticated user to a few thousand
 * API requests a minute (some endpoints, e.g. {@code GET /projects/:id}, to 400). The pacer keeps 429s
 * from happening in the first place; when one comes anyway, {@link #holdFor} makes every loader sharing
 * the pacer wait out its {@code Retry-After} (or backoff), not only the one that got it, so a scan
 * does not keep hitting a limit that its other threads have not noticed yet.
 * Thread-safe; share one instance between the loaders of a scan.
 */
public final class RequestPacer {
    private final Duration interval;
    private final Clock clock;
    private final Sleeper sleeper;
    private Instant next;

    private RequestPacer(Duration interval, Clock clock, Sleeper sleeper) {
        this.interval = interval;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** At most {@code requestsPerMinute} requests a minute, evenly spaced. */
    public static RequestPacer perMinute(int requestsPerMinute) {
        return perMinute(requestsPerMinute, Clock.systemUTC(), Sleeper.threadSleep());
    }

    /** With an injectable clock and sleeper, for tests. */
    public static RequestPacer perMinute(int requestsPerMinute, Clock clock, Sleeper sleeper) {
        if (requestsPerMinute < 1) {
            throw new IllegalArgumentException("requests per minute must be at least 1, was " + requestsPerMinute);
        }
        return new RequestPacer(Duration.ofMinutes(1).dividedBy(requestsPerMinute), Objects.requireNonNull(clock),
                Objects.requireNonNull(sleeper));
    }

    public Duration interval() {
        return interval;
    }

    /**
     * Sends no request through this pacer before {@code wait} has passed: GitLab throttled one of them
     * (429). A hold never shortens one already in place.
     */
    public void holdFor(Duration wait) {
        if (wait == null || wait.isNegative() || wait.isZero()) {
            return;
        }
        synchronized (this) {
            Instant until = clock.instant().plus(wait);
            if (next == null || until.isAfter(next)) {
                next = until;
            }
        }
    }

    /** Waits until the next request may go. */
    void acquire() throws InterruptedException {
        Duration wait;
        synchronized (this) {
            Instant now = clock.instant();
            Instant slot = next == null || now.isAfter(next) ? now : next;
            next = slot.plus(interval);
            wait = Duration.between(now, slot);
        }
        if (!wait.isZero() && !wait.isNegative()) {
            sleeper.sleep(wait);
        }
    }
}
