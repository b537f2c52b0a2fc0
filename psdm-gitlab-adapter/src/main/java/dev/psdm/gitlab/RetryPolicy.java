package dev.psdm.gitlab;

import java.time.Duration;
import java.util.Objects;

/**
 * How hard to try. GitLab (and gitlab4j, which does not retry) answer 429 when rate limited and
 * 5xx when busy; both are retried, as are read/connect timeouts. A 429 waits what
 * {@code Retry-After} says; anything else waits a capped exponential backoff with jitter:
 * {@code min(maxBackoff, initialBackoff * 2^(retry-1))}, scaled by a random factor in [0.5, 1).
 *
 * @param maxAttempts    attempts per request, the first included (1 = never retry)
 * @param initialBackoff wait before the first retry (before jitter)
 * @param maxBackoff     cap on any single wait, {@code Retry-After} excepted
 * @param deadline       total time budget of one fetch: no request starts, and no wait is begun, that
 *                       would end after it
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration deadline) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(deadline, "deadline");
        if (initialBackoff.isNegative() || maxBackoff.isNegative() || deadline.isNegative() || deadline.isZero()) {
            throw new IllegalArgumentException("backoffs must not be negative and the deadline must be positive");
        }
    }

    /** 5 attempts, 1 s initial backoff, 30 s cap, 10 minutes for the whole fetch. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(5, Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofMinutes(10));
    }

    public RetryPolicy withMaxAttempts(int value) {
        return new RetryPolicy(value, initialBackoff, maxBackoff, deadline);
    }

    public RetryPolicy withDeadline(Duration value) {
        return new RetryPolicy(maxAttempts, initialBackoff, maxBackoff, value);
    }

    public RetryPolicy withBackoff(Duration initial, Duration max) {
        return new RetryPolicy(maxAttempts, initial, max, deadline);
    }

    /** The backoff before retry number {@code retry} (1 for the first retry), given a jitter draw in [0, 1). */
    Duration backoff(int retry, double jitter) {
        long base = initialBackoff.toMillis();
        long cap = maxBackoff.toMillis();
        long exp = retry >= 62 ? cap : Math.min(cap, base * (1L << Math.min(retry - 1, 30)));
        double factor = 0.5 + 0.5 * Math.max(0.0, Math.min(jitter, 1.0));
        return Duration.ofMillis(Math.round(exp * factor));
    }
}
