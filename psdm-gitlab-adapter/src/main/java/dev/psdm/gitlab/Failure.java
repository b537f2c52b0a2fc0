package dev.psdm.gitlab;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import org.gitlab4j.api.GitLabApiException;

import javax.net.ssl.SSLException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * What went wrong with one attempt, and whether trying again can help.
 *
 * @param status      HTTP status, or 0 when no HTTP answer came
 * @param description short, one line: "502 Bad Gateway", "no answer within the read timeout"
 * @param gitlabMessage GitLab's {@code message}/{@code error} text when it sent JSON, else null
 * @param retryable   429, 5xx, timeouts and dropped connections
 * @param retryAfter  the {@code Retry-After} GitLab asked for, or null
 */
record Failure(int status, String description, String gitlabMessage, boolean retryable, Duration retryAfter,
               Kind kind) {

    enum Kind { HTTP, TIMEOUT, CONNECT, IO, OTHER }

    static Failure of(Throwable thrown, Instant now) {
        return of(thrown, now, null);
    }

    /** @param secret redacts what GitLab's message quotes before it is shortened (null: token shapes only) */
    static Failure of(Throwable thrown, Instant now, Secret secret) {
        if (thrown instanceof GitLabApiException e && e.getHttpStatus() > 0) {
            int status = e.getHttpStatus();
            // the standard phrase, not the server's (WireMock and some proxies say "Server Error")
            Response.Status known = Response.Status.fromStatusCode(status);
            String reason = known != null ? known.getReasonPhrase() : e.getReason() != null ? e.getReason() : "";
            String description = (status + " " + reason).strip();
            boolean retryable = status == 429 || status >= 500;
            Duration retryAfter = status == 429 || status == 503 ? retryAfter(e.getHeaders(), now) : null;
            return new Failure(status, description, gitlabMessage(e.getMessage(), reason, secret), retryable, retryAfter,
                    Kind.HTTP);
        }
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof SocketTimeoutException) {
                return new Failure(0, "no answer within the timeout", null, true, null, Kind.TIMEOUT);
            }
            if (t instanceof UnknownHostException) {
                return new Failure(0, "unknown host " + t.getMessage(), null, false, null, Kind.CONNECT);
            }
            if (t instanceof ConnectException || t instanceof NoRouteToHostException) {
                return new Failure(0, "cannot connect (" + Quote.excerpt(secret, t.getMessage(), 200) + ")", null, false, null,
                        Kind.CONNECT);
            }
            if (t instanceof SSLException) {
                return new Failure(0, "TLS failed (" + Quote.excerpt(secret, t.getMessage(), 200) + ")", null, false, null, Kind.CONNECT);
            }
        }
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof IOException) {
                // a dropped keep-alive connection or a truncated body: worth another attempt
                return new Failure(0, "connection failed (" + Quote.excerpt(secret, t.getMessage(), 200) + ")", null, true, null,
                        Kind.IO);
            }
        }
        Throwable root = thrown instanceof GitLabApiException && thrown.getCause() != null ? thrown.getCause() : thrown;
        if (root instanceof ProcessingException && root.getCause() != null) {
            root = root.getCause();
        }
        return new Failure(0, Quote.excerpt(secret, root.getClass().getSimpleName() + ": " + root.getMessage(), 200), null,
                false, null,
                Kind.OTHER);
    }

    /**
     * The longest {@code Retry-After} taken as asked; a longer one (up to {@code 99999999999999999999}
     * seconds, which overflowed the deadline arithmetic into an "internal error") counts as this much,
     * which is past any fetch deadline, so the fetch gives up at once saying why.
     */
    static final Duration MAX_RETRY_AFTER = Duration.ofDays(1);

    /**
     * GitLab sends {@code Retry-After} in seconds; HTTP also allows a date. Anything unreadable is
     * ignored (the backoff applies instead); anything longer than {@link #MAX_RETRY_AFTER} is capped.
     */
    static Duration retryAfter(Map<String, List<String>> headers, Instant now) {
        if (headers == null) {
            return null;
        }
        String value = null;
        for (Map.Entry<String, List<String>> h : headers.entrySet()) {
            if (h.getKey() != null && h.getKey().equalsIgnoreCase("Retry-After") && !h.getValue().isEmpty()) {
                value = h.getValue().get(0);
            }
        }
        if (value == null || value.isBlank()) {
            return null;
        }
        value = value.strip();
        if (value.matches("\\d+")) {
            // a number of seconds; one too large for a long is simply very long
            return value.length() > 9 ? MAX_RETRY_AFTER : min(Duration.ofSeconds(Long.parseLong(value)));
        }
        try {
            Long.parseLong(value);
            return null; // negative
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration wait = Duration.between(now, at);
                return wait.isNegative() ? Duration.ZERO : min(wait);
            } catch (DateTimeParseException notDate) {
                return null;
            }
        }
    }

    private static Duration min(Duration wait) {
        return wait.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : wait;
    }

    /** gitlab4j puts the whole body in the message when it is not JSON (an HTML error page): keep only short text. */
    private static String gitlabMessage(String message, String reason, Secret secret) {
        if (message == null || message.isBlank() || message.equals(reason) || message.contains("<")) {
            return null;
        }
        return Quote.excerpt(secret, message, 200);
    }

    /**
     * One line, GitLab-shaped tokens masked, not shortened: whoever quotes it redacts the whole message
     * ({@link Requester#clean}) before anything is cut.
     */
    static String oneLine(String text) {
        return Quote.oneLine(text);
    }

    /** "502 Bad Gateway" or "404 Not Found (404 Project Not Found)". */
    String describe() {
        if (gitlabMessage == null || gitlabMessage.equalsIgnoreCase(description)) {
            return description;
        }
        return description + " (" + gitlabMessage + ")";
    }

    boolean isRateLimit() {
        return status == 429;
    }

    /** The one line for a failure that is not retried, at {@code url}. */
    String failedAt(String url) {
        return switch (kind()) {
            case CONNECT -> "cannot reach GitLab at " + url + ": " + describe();
            case HTTP -> "GitLab answered " + describe() + " at " + url;
            default -> "request to " + url + " failed: " + describe();
        };
    }

    /** The one line for the last of {@code attempts} retried failures at {@code url}. */
    String exhaustedAt(String url, int attempts) {
        String what = switch (kind()) {
            case HTTP -> isRateLimit() ? "GitLab kept rate-limiting (" + describe() + ")"
                    : "GitLab kept failing with " + describe();
            case TIMEOUT -> "GitLab gave no answer within the timeout";
            default -> "the connection to GitLab kept failing: " + describe();
        };
        return what + " at " + url + " (" + attempts + (attempts == 1 ? " attempt)" : " attempts)");
    }
}
