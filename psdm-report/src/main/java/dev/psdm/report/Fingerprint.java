package dev.psdm.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The stable identity of a finding: rule id plus subject key, never the message (messages carry
 * day counts that change every run). Baselines match on it, and the Code Quality and SARIF
 * outputs carry it so GitLab can tell a known finding from a new one across pipelines.
 */
public final class Fingerprint {
    private Fingerprint() {
    }

    /** Lower-case hex SHA-256 of {@code ruleId + '\0' + subject.key()}. */
    public static String of(String ruleId, Subject subject) {
        return of(ruleId, subject.key());
    }

    /** Lower-case hex SHA-256 of {@code ruleId + '\0' + subjectKey}. */
    public static String of(String ruleId, String subjectKey) {
        return sha256Hex(ruleId + '\0' + subjectKey);
    }

    /** Lower-case hex SHA-256 of the text's UTF-8 bytes (e.g. a finding's fingerprint made unique per project). */
    public static String sha256Hex(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
