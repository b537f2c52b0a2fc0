package dev.psdm.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes output files through a temporary file in the same directory and a rename, so a killed
 * run never leaves a half-written report or snapshot behind.
 *
 * <p>Where the output really goes is decided first ({@link OutputPath}: links followed only where
 * Linux's fs.protected_symlinks would). The temporary file is created the way any program creates a
 * file, so a new output gets the umask's mode (0644 under the usual 022; a report copied to a web
 * server stays readable) and a replaced one keeps its mode; {@code createTempFile}'s 0600 made every
 * report private (issue 26 item 12).
 *
 * <p>Special files are written in place instead ({@link SpecialFiles}): a FIFO, a device
 * ({@code /dev/null}, {@code /dev/stdout}) or a link to one ({@code /proc/self/fd/1}); a rename would
 * replace them with a regular file.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** Something that writes the file's content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    public static void write(Path target, String text) {
        write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Writes the file, or throws a {@link UserError} naming {@code target} and the operating system's reason. */
    public static void write(Path target, Content content) {
        if (target.toString().isEmpty()) {
            throw new UserError("no output file name given; give a file name");
        }
        OutputPath output = OutputPath.resolve(target);
        switch (output.kind()) {
            case DIRECTORY -> throw new UserError("cannot write " + target + ": it is a directory; give a file name");
            case SPECIAL -> SpecialFiles.write(target, output.path(), content);
            default -> replace(target, output, content);
        }
    }

    private static void replace(Path target, OutputPath output, Content content) {
        Path absolute = output.path();
        Path dir = absolute.getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            // O_CREAT|O_EXCL under a random name: the umask applies, and nothing planted is followed
            tmp = Files.createFile(dir.resolve("." + absolute.getFileName() + "."
                    + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp"));
            if (output.kind() == OutputPath.Kind.REGULAR) {
                keepMode(absolute, tmp);
            }
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
                content.writeTo(out);
            }
            try {
                Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UserError("cannot write " + target + ": " + IoErrors.reason(e), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort: the target is already in place or the error above is what matters
                }
            }
        }
    }

    private static void keepMode(Path existing, Path tmp) throws IOException {
        try {
            Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(existing, LinkOption.NOFOLLOW_LINKS));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the new file inherits the directory's ACL, like the old one did
        }
    }
}
