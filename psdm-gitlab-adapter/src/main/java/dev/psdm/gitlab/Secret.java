package dev.psdm.gitlab;

/**
 * The token, kept out of every {@code toString}, log line and message. {@link #redact(String)} is
 * the last line of defence for text that quotes something GitLab or the network stack said.
 */
final class Secret {
    private static final String MASK = "[REDACTED]";
    private final String value;

    Secret(String value) {
        this.value = value == null || value.isBlank() ? null : value.strip();
    }

    String value() {
        return value;
    }

    boolean isPresent() {
        return value != null;
    }

    String redact(String text) {
        if (text == null || value == null) {
            return text;
        }
        return text.replace(value, MASK);
    }

    @Override
    public String toString() {
        return MASK;
    }
}
