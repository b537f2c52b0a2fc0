package dev.psdm.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes output files through a temporary file in the same directory and a rename, so a killed
 * run never leaves a half-written report or snapshot behind.
 *
 * <p>Special files are written in place instead: a FIFO, a device ({@code /dev/null}, {@code /dev/stdout})
 * or a link to one ({@code /proc/self/fd/1}). A rename would replace them with a regular file (as
 * root, {@code --output /dev/null} replaced the system's node) and the reader of the pipe would get
 * nothing. A symbolic link to a regular file stays a link: the file it points at is replaced.
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

    public static void write(Path target, Content content) {
        Path absolute = target.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            throw new UserError("cannot write " + target + ": it is a directory; give a file name");
        }
        try {
            if (Files.exists(absolute) && !Files.isRegularFile(absolute)) {
                writeInPlace(absolute, content);
                return;
            }
            if (Files.isSymbolicLink(absolute)) {
                absolute = linkTarget(absolute);
            }
        } catch (IOException e) {
            throw new UserError("cannot write " + target + ": " + e.getMessage(), e);
        }
        replace(target, absolute, content);
    }

    private static void writeInPlace(Path special, Content content) throws IOException {
        // no CREATE, no TRUNCATE: the node exists and is not ours to recreate
        try (OutputStream out = Files.newOutputStream(special, StandardOpenOption.WRITE)) {
            content.writeTo(out);
        }
    }

    /** Where a link to a (possibly not yet existing) regular file points, links followed. */
    private static Path linkTarget(Path link) throws IOException {
        Path current = link;
        for (int hops = 0; hops < 40 && Files.isSymbolicLink(current); hops++) {
            Path next = Files.readSymbolicLink(current);
            current = current.getParent().resolve(next).normalize();
        }
        return current;
    }

    private static void replace(Path target, Path absolute, Content content) {
        Path dir = absolute.getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + absolute.getFileName(), ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                content.writeTo(out);
            }
            try {
                Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UserError("cannot write " + target + ": " + e.getMessage(), e);
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
}
