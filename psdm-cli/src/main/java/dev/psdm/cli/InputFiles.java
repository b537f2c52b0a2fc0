package dev.psdm.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The size guard for inputs read whole into memory that are not snapshots ({@code --baseline},
 * {@code --config}, {@code --rules}, {@code --token-file}; the snapshot reader guards its own
 * stream). {@code --baseline /dev/zero} never ended and ran the JVM out of memory: these inputs are
 * files psdm or the team wrote, so anything but a regular file of a sane size is refused up front.
 */
final class InputFiles {
    /** A conventions file, a custom DRL file or a token is text a person wrote: far below this. */
    static final long MAX_TEXT_BYTES = 8L << 20;

    private InputFiles() {
    }

    /** A baseline holds one entry per finding: allow as much as a snapshot may take. */
    static long maxBaselineBytes() {
        return Runtime.getRuntime().maxMemory() / 4;
    }

    /**
     * Fails with one line unless the file is a regular file of at most {@code limit} bytes. A missing
     * file passes: the reader says so in its own words.
     */
    static Path requireBounded(Path file, String option, long limit) {
        if (file == null || !Files.exists(file)) {
            return file;
        }
        if (Files.isDirectory(file)) {
            throw new UserError(option + " " + file + ": is a directory");
        }
        if (!Files.isRegularFile(file)) {
            throw new UserError(option + " " + file + ": not a regular file (a device, pipe or socket);"
                    + " give the path of a file");
        }
        try {
            long size = Files.size(file);
            if (size > limit) {
                throw new UserError(String.format(Locale.ROOT, "%s %s: the file is %d MB, more than the %d MB accepted for it",
                        option, file, size >> 20, Math.max(1, limit >> 20)));
            }
        } catch (IOException e) {
            throw new UserError("cannot read " + option + " " + file + ": " + e.getClass().getSimpleName(), e);
        }
        return file;
    }
}
