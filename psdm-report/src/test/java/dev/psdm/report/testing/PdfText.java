package dev.psdm.report.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The text of a PDF's pages as poppler's {@code pdftotext -layout} reads it (Debian's {@code poppler-utils};
 * {@code .ci/run} installs it), so a test can say what a printed page holds. Skips the test, visibly,
 * where poppler is missing.
 */
public final class PdfText {
    private PdfText() {
    }

    /** Each page's text, in order (pdftotext ends every page with a form feed). */
    public static List<String> pages(byte[] pdf) {
        boolean installed = Files.isExecutable(Path.of("/usr/bin/pdftotext"));
        if (!installed) {
            System.err.println("SKIPPED PDF check: no /usr/bin/pdftotext (apt-get install poppler-utils); .ci/run installs it");
        }
        assumeTrue(installed, "no pdftotext (apt-get install poppler-utils); .ci/run installs it");
        try {
            Path file = Files.createTempFile("psdm-report", ".pdf");
            try {
                Files.write(file, pdf);
                Process p = new ProcessBuilder("/usr/bin/pdftotext", "-layout", "-enc", "UTF-8", file.toString(), "-")
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
                String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                    throw new IllegalStateException("pdftotext failed on " + file);
                }
                List<String> pages = new ArrayList<>(List.of(text.split("\f", -1)));
                if (!pages.isEmpty() && pages.get(pages.size() - 1).isBlank()) {
                    pages.remove(pages.size() - 1);
                }
                return pages;
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
