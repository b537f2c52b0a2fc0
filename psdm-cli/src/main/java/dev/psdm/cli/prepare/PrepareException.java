package dev.psdm.cli.prepare;

/** A prepare that cannot go on (a template, the plan, the options), with a one-line message. */
public class PrepareException extends RuntimeException {
    public PrepareException(String message) {
        super(message);
    }
}
