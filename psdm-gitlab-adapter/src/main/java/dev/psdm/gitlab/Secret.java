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

    /**
     * Shorter values are not secrets anyone could guess from a message, and masking them would
     * garble ordinary words: with a test token "x", "unexpected" became "une[REDACTED]pected". GitLab's
     * own tokens are 20 characters and more ({@code glpat-} and a 20-character body).
     */
    static final int MIN_SECRET_LENGTH = 8;

    String redact(String text) {
        if (text == null || value == null || value.length() < MIN_SECRET_LENGTH) {
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
        if (thrown == null || value == null || value.length() < MIN_SECRET_LENGTH) {
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
