package dev.psdm.report.baseline;

/** A baseline applied to a project it was not recorded for (issue 25 item 7); the message is one line. */
public final class BaselineProjectException extends RuntimeException {
    public BaselineProjectException(String message) {
        super(message);
    }
}
