package dev.psdm.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;

/**
 * The size guard for inputs read whole into memory that are not snapshots ({@code --baseline},
 * {@code --config}, {@code --rules}, {@code --token-file}; the snapshot reader guards its own
 * stream). {@code --baseline /dev/zero} never ended and ran the JVM out of memory: these inputs are
 * files psdm or the team wrote, so anything but a regular file of a sane size is refused up front.
 * A pipe is the exception ({@code --config <(vault read …)}, process substitution is
 * {@code /dev/fd/N}): it is read once, at most the limit, by {@link #readPipe}. psdm's own JSON
 * inputs (snapshot, baseline) are read through {@link #read}, so that both fail in the same words.
 */
final class InputFiles {
    /** A conventions file, a custom DRL file or a token is text a person wrote: far below this. */
    static final long MAX_TEXT_BYTES = 8L << 20;

    private static final int FILE_TYPE = 0170000;
    private static final int FIFO = 0010000;

    private InputFiles() {
    }

    /**
     * No limit for {@link #read}: the reader guards its own stream. The snapshot's does, and a snapshot may come
     * from a device or pipe ({@code --snapshot /dev/stdin}), which a limit would refuse.
     */
    static final long READER_GUARDS = -1;

    /** A baseline holds one entry per finding: allow as much as a snapshot may take. */
    static long maxBaselineBytes() {
        return Runtime.getRuntime().maxMemory() / 4;
    }

    /**
     * Fails with one line unless the file is a regular file of at most {@code limit} bytes (or, with
     * {@code pipes}, a pipe). A missing file passes: the reader says so in its own words; one whose
     * name starts with {@code ~} gets the hint that the shell did not expand it.
     */
    static Path requireBounded(Path file, String option, long limit) {
        return requireBounded(file, option, limit, false);
    }

    static Path requireBounded(Path file, String option, long limit, boolean pipes) {
        if (file == null) {
            return null;
        }
        requireExpanded(file, option);
        if (!Files.exists(file)) {
            return file;
        }
        requireNotDirectory(file, option);
        if (pipes && isPipe(file)) {
            return file;
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
            throw IoErrors.cannotRead(option, file, e);
        }
        return file;
    }

    /**
     * Reads one of psdm's own files, given as {@code option}, with {@code reader}: guarded first (a directory is
     * refused; with a {@code limit}, as {@link #requireBounded}), then read. A {@code formatError} on a file of
     * another psdm kind says which kind it is and what the option needs ({@link FileKinds}; {@code schema} is the
     * expected kind), else keeps the reader's one line; an I/O failure gives the OS reason ({@link IoErrors}).
     */
    static <T> T read(Path file, String option, long limit, Class<? extends RuntimeException> formatError,
            String schema, String needed, Function<Path, T> reader) {
        if (limit == READER_GUARDS) {
            requireExpanded(file, option);
            requireNotDirectory(file, option);
        } else {
            requireBounded(file, option, limit);
        }
        try {
            return reader.apply(file);
        } catch (UncheckedIOException e) {
            throw IoErrors.unreadable(option, file, e);
        } catch (RuntimeException e) {
            if (!formatError.isInstance(e)) {
                throw e;
            }
            throw new UserError(FileKinds.wrongKind(file, schema, needed).orElse(e.getMessage()), e);
        }
    }

    private static void requireNotDirectory(Path file, String option) {
        if (Files.isDirectory(file)) {
            throw new UserError(option + " " + file + ": is a directory; give a file");
        }
    }

    /** {@code --config ~/team.yml} in a CI variable or quotes reaches psdm with the {@code ~} unexpanded. */
    static void requireExpanded(Path file, String option) {
        String name = file.toString();
        if (name.startsWith("~") && !Files.exists(file)) {
            throw new UserError(option + " " + file + ": no such file; '~' is expanded by the shell, and here it was not"
                    + " (quoted, or in a variable): write $HOME" + name.substring(name.indexOf('/') < 0 ? 1 : name.indexOf('/'))
                    + " or the full path");
        }
    }

    /** A FIFO: {@code /dev/fd/63} of {@code <(…)}, or {@code mkfifo}'s. */
    static boolean isPipe(Path file) {
        try {
            Object mode = Files.getAttribute(file, "unix:mode");
            return mode instanceof Integer m && (m & FILE_TYPE) == FIFO;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return false;
        }
    }

    /** The text of a pipe, read once, refused beyond {@code limit} bytes (a pipe that never ends). */
    static String readPipe(Path file, String option, long limit) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) {
                throw new UserError(String.format(Locale.ROOT, "%s %s: more than the %d MB accepted for it",
                        option, file, Math.max(1, limit >> 20)));
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw IoErrors.cannotRead(option, file, e);
        }
    }
}
