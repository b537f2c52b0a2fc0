package dev.psdm.report.baseline;

/** A baseline file that is missing or unreadable; the message is one line naming the file and the problem. */
public class BaselineFormatException extends RuntimeException {
    public BaselineFormatException(String message) {
        super(message);
    }

    public BaselineFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
