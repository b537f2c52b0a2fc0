package dev.psdm.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * The operating system's reason for an I/O failure, in its own words ("Permission denied"). Java's
 * messages are often just the path again ({@code AccessDeniedException: x.json}), so messages read
 * "cannot read x.json: x.json" and the reason was lost (issue 26 item 8).
 */
final class IoErrors {
    private IoErrors() {
    }

    static String reason(Throwable error) {
        Throwable e = error instanceof UncheckedIOException unchecked && unchecked.getCause() != null ? unchecked.getCause() : error;
        if (e instanceof AccessDeniedException) {
            return "Permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "No such file or directory";
        }
        if (e instanceof NotDirectoryException) {
            return "Not a directory";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "File exists";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        // FileInputStream says "x.json (Permission denied)": keep the reason
        int open = message.lastIndexOf(" (");
        if (open > 0 && message.endsWith(")")) {
            return message.substring(open + 2, message.length() - 1);
        }
        return message;
    }

    /**
     * One line for a reader's {@link UncheckedIOException} (snapshot, conventions, baseline): a missing file
     * keeps the reader's own words ({@code x.json: no such file}), any other failure gets the OS reason.
     */
    static UserError unreadable(String option, Object file, UncheckedIOException e) {
        if (e.getCause() instanceof NoSuchFileException) {
            return new UserError(e.getMessage(), e);
        }
        return cannotRead(option, file, e.getCause());
    }

    /** One line for a failed read of {@code file} given as {@code option}. */
    static UserError cannotRead(String option, Object file, IOException e) {
        return new UserError("cannot read " + (option == null ? "" : option + " ") + file + ": " + reason(e), e);
    }
}
