package dev.psdm.gitlab;

import java.time.Duration;
import java.util.Map;

/**
 * What a fetch cost.
 *
 * @param requests         HTTP requests sent, retries included
 * @param retries          requests that were repeats after a 429, 5xx or timeout
 * @param elapsed          wall time of the fetch, by the loader's clock
 * @param pagesByResource  pages read per resource ({@code issues}, {@code iterations}, ..., and {@code project})
 */
public record FetchStats(int requests, int retries, Duration elapsed, Map<String, Integer> pagesByResource) {
    public FetchStats {
        pagesByResource = Map.copyOf(pagesByResource);
    }

    /** One line for logs and {@code --verbose}: "12 requests (1 retry) in 0.84 s". */
    public String summary() {
        return requests + (requests == 1 ? " request" : " requests")
                + " (" + retries + (retries == 1 ? " retry" : " retries") + ")"
                + " in " + String.format(java.util.Locale.ROOT, "%.2f s", elapsed.toMillis() / 1000.0);
    }
}
