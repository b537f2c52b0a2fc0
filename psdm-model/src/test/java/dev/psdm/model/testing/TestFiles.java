package dev.psdm.model.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reading the repository's own files in tests that check the tree (which tests run, which rules have docs). */
public final class TestFiles {
    private TestFiles() {
    }

    /** The file's text as UTF-8; a file that cannot be read fails the test with its {@link IOException} as the cause. */
    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
