package dev.psdm.gitlab;

import java.time.Duration;

/**
 * Waits between retries. Injectable so tests can record the waits (429 {@code Retry-After},
 * exponential backoff) without spending them.
 */
@FunctionalInterface
public interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;

    /** The real thing: {@link Thread#sleep(long)}. */
    static Sleeper threadSleep() {
        return duration -> Thread.sleep(duration.toMillis());
    }
}
