package dev.psdm.report.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden files: expected outputs committed under {@code src/test/resources/golden/}. A test compares
 * what a writer produces with its golden file byte for byte. After an intended change, regenerate them
 * with {@code mvn -B -q verify -pl psdm-report,psdm-rules,psdm-cli -am -Dpsdm.updateGolden=true} and review the diff.
 */
public final class Golden {
    public static final String UPDATE_PROPERTY = "psdm.updateGolden";
    private static final Path ROOT = Path.of("src", "test", "resources", "golden");

    private Golden() {
    }

    /** The HTML pages' shared stylesheet, a source file of its own (psdm-report's {@code format/report.css}). */
    static final String STYLESHEET = "report.css";
    private static final java.util.regex.Pattern STYLE = java.util.regex.Pattern.compile("(?s)<style>(.*?)</style>");
    private static final java.util.regex.Pattern STYLE_HASH = java.util.regex.Pattern.compile("'sha256-[A-Za-z0-9+/=]+'");

    /**
     * Asserts that {@code actual} equals the golden file (or rewrites the file when updating). An HTML page is
     * compared with its stylesheet (and the stylesheet's hash in the Content-Security-Policy) replaced by a
     * marker: every page shares the stylesheet, which is a source file of its own ({@value #STYLESHEET}), and
     * copies of it in each golden page would make every golden file change for one colour. The browser tests
     * (HtmlInBrowserTest) show that the page's stylesheet applies under its policy. A report's JSON (or a
     * portfolio's) must also validate against the published {@code psdm-report-1.schema.json}, updating or not.
     */
    public static void assertMatches(String actual, String relativePath) {
        if (relativePath.endsWith(".html")) {
            java.util.regex.Matcher style = STYLE.matcher(actual);
            if (style.find()) {
                actual = STYLE_HASH.matcher(actual.substring(0, style.start()) + "<style>(" + STYLESHEET + ")</style>"
                        + actual.substring(style.end())).replaceFirst("'sha256-(" + STYLESHEET + ")'");
            }
        }
        assertFileMatches(actual, relativePath);
    }

    private static void assertFileMatches(String actual, String relativePath) {
        Path file = ROOT.resolve(relativePath);
        if (OutputValidators.isReportJson(actual)) {
            assertThat(OutputValidators.reportProblems(actual)).as("%s against psdm-report-1.schema.json", relativePath)
                    .isEmpty();
        }
        try {
            if (Boolean.getBoolean(UPDATE_PROPERTY)) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                return;
            }
            assertThat(file).as("golden file %s is missing: run the build with -D%s=true to create it", file,
                    UPDATE_PROPERTY).exists();
            assertThat(actual).as("output differs from the golden file %s (if the change is intended, rerun with -D%s=true"
                    + " and review the diff)", file, UPDATE_PROPERTY).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
