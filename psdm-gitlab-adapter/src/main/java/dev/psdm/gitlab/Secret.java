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

    /**
     * A copy of an exception chain with the token removed from every message, keeping the types
     * (in the message) and stack traces for {@code --verbose}. gitlab4j puts GitLab's error text in
     * its exception message, and nothing guarantees a proxy or server never echoes a header back.
     */
    Throwable redact(Throwable thrown) {
        if (thrown == null || value == null) {
            return thrown;
        }
        Throwable cause = thrown.getCause() == thrown ? null : redact(thrown.getCause());
        RedactedException copy = new RedactedException(redact(thrown.toString()), cause);
        copy.setStackTrace(thrown.getStackTrace());
        return copy;
    }

    /** Stands in for an exception whose message was redacted; its message starts with the original type. */
    static final class RedactedException extends RuntimeException {
        RedactedException(String message, Throwable cause) {
            super(message, cause);
        }

        @Override
        public String toString() {
            return getMessage();
        }
    }

    @Override
    public String toString() {
        return MASK;
    }
}
