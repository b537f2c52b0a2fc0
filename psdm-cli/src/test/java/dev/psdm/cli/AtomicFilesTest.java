package dev.psdm.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AtomicFilesTest {

    @Test
    void writerDyingHalfwayLeavesThePreviousFileIntactAndNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("psdm-report.json");
        Files.writeString(report, "previous complete report");

        assertThatThrownBy(() -> AtomicFiles.write(report, out -> {
            out.write("{\"schema\": \"psdm-report/1\", \"results\": [".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).isInstanceOf(UserError.class).hasMessageContaining("disk full");

        assertThat(Files.readString(report)).isEqualTo("previous complete report");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(report);
        }
    }

    @Test
    void createsMissingDirectoriesAndReplacesTheFileWhole(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("a/b/report.txt");
        AtomicFiles.write(report, "first");
        AtomicFiles.write(report, "second");
        assertThat(Files.readString(report)).isEqualTo("second");
    }
}
