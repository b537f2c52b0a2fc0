package dev.psdm.cli;

/**
 * A problem the user can fix (bad file, bad option value). Printed as one line on stderr with
 * exit code 2; the stack trace only with {@code --verbose}.
 */
public class UserError extends RuntimeException {
    public UserError(String message) {
        super(message);
    }

    public UserError(String message, Throwable cause) {
        super(message, cause);
    }
}
