package dev.psdm.gitlab.publish;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Pushes the verdict to an external control of GitLab's compliance center (issue 30 item 3), as
 * doc/api/external_controls.md (GitLab 17.11+, Ultimate) documents it:
 * {@code PATCH /api/v4/projects/:id/compliance_external_controls/:external_control_id/status} with
 * {@code {"status": "pass"|"fail"}}, signed with the control's shared secret: HMAC-SHA256 over
 * {@code X-Gitlab-Timestamp + X-Gitlab-Nonce + the entire path of the request + "status=<status>"},
 * hex-encoded, in {@code X-Gitlab-Hmac-Sha256}. A fresh timestamp and nonce are made for every attempt,
 * so a retry is never a replay. The secret is held here only, never printed: {@link #toString()} hides it.
 */
public final class ExternalControl {
    private final long controlId;
    private final byte[] secret;
    private final Clock clock;
    private final Supplier<String> nonces;

    public ExternalControl(long controlId, String secret) {
        this(controlId, secret, Clock.systemUTC(), ExternalControl::randomNonce);
    }

    /** With an injectable clock and nonce source, for tests that recompute the signature. */
    public ExternalControl(long controlId, String secret, Clock clock, Supplier<String> nonces) {
        if (controlId < 1) {
            throw new IllegalArgumentException("an external control id is a positive number, was " + controlId);
        }
        if (Objects.requireNonNull(secret, "secret").isEmpty()) {
            throw new IllegalArgumentException("the external control's secret is empty");
        }
        this.controlId = controlId;
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
        this.nonces = nonces;
    }

    /**
     * Sends {@code pass} or {@code fail} (a dry run only plans it).
     *
     * @param project numeric project id or URL-encoded path, as in the request path
     */
    public void send(Writes writes, String project, boolean pass) {
        String status = pass ? "pass" : "fail";
        String path = "projects/" + project + "/compliance_external_controls/" + controlId + "/status";
        String fullPath = URI.create(writes.connection().apiBase()).getRawPath() + "/" + path;
        writes.send(new WriteRequest("PATCH", path, Json.write(Json.object().put("status", status)),
                "external control " + controlId + " status " + status + " (signed)"), () -> headers(fullPath, status));
    }

    /** The three documented headers for one attempt. */
    Map<String, String> headers(String fullPath, String status) {
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        String nonce = nonces.get();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Gitlab-Timestamp", timestamp);
        headers.put("X-Gitlab-Nonce", nonce);
        headers.put("X-Gitlab-Hmac-Sha256", sign(secret, timestamp + nonce + fullPath + "status=" + status));
        return headers;
    }

    /** Hex HMAC-SHA256 of {@code data} under {@code key}. */
    static String sign(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java 17 runtime", e);
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private static String randomNonce() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public String toString() {
        return "ExternalControl[" + controlId + ", secret hidden]";
    }
}
