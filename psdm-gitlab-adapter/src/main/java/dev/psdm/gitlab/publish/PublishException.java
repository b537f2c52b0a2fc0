package dev.psdm.gitlab.publish;

/** A publish that cannot go on, with a one-line message that names no secret. */
public class PublishException extends RuntimeException {
    public PublishException(String message) {
        super(message);
    }

    public PublishException(String message, Throwable cause) {
        super(message, cause);
    }
}
