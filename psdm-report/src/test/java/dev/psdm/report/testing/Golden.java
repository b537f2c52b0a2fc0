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
        assertFileMatches(relativePath.endsWith(".html") ? stylesheetByMarker(actual) : actual, relativePath);
    }

    /** The golden HTML page the others are kept against ({@link #assertPageMatches}): the large project's. */
    public static final String BASE_PAGE = "large/html.html";
    /** The shortest run of lines a page keeps as a reference to {@link #BASE_PAGE} rather than as a copy. */
    private static final int MIN_SHARED_LINES = 3;
    private static final java.util.regex.Pattern SHARED = java.util.regex.Pattern.compile(
            "\\(golden/" + java.util.regex.Pattern.quote(BASE_PAGE) + ", lines (\\d+)-(\\d+)\\)");

    /**
     * Asserts that the HTML page {@code actual} equals its golden file, a page kept against {@link #BASE_PAGE}:
     * each run of lines it shares with that page is a line {@code (golden/large/html.html, lines 225-278)} in its
     * golden file, so the page heads, legends, rule articles and by-subject lists that every scenario renders
     * alike are stored once, and the golden file holds what this page has of its own. The comparison is of the
     * whole page: the references are read back from the base page's golden file, so a change to a shared part
     * fails this test as well as the base page's. When updating, the references are taken against
     * {@code basePage}, the base page as rendered now (what its own golden file is rewritten to).
     */
    public static void assertPageMatches(String actual, String relativePath, String basePage) {
        String page = stylesheetByMarker(actual);
        Path file = ROOT.resolve(relativePath);
        if (Boolean.getBoolean(UPDATE_PROPERTY)) {
            String kept = sharedByReference(page, stylesheetByMarker(basePage));
            assertThat(withSharedLines(kept, stylesheetByMarker(basePage))).isEqualTo(page);
            assertFileMatches(kept, relativePath);
            return;
        }
        assertThat(file).as("golden file %s is missing: run the build with -D%s=true to create it", file, UPDATE_PROPERTY)
                .exists();
        String expected = withSharedLines(read(file), read(ROOT.resolve(BASE_PAGE)));
        assertThat(page).as("page differs from the golden file %s with its lines of golden/%s (if the change is intended,"
                + " rerun with -D%s=true and review the diff)", file, BASE_PAGE, UPDATE_PROPERTY).isEqualTo(expected);
    }

    /** {@code page} with each run of at least {@value #MIN_SHARED_LINES} lines that {@code base} has too as a reference. */
    static String sharedByReference(String page, String base) {
        String[] lines = lines(page);
        String[] baseLines = lines(base);
        java.util.Map<String, java.util.List<Integer>> where = new java.util.HashMap<>();
        for (int j = 0; j < baseLines.length; j++) {
            where.computeIfAbsent(baseLines[j], k -> new java.util.ArrayList<>()).add(j);
        }
        java.util.List<String> kept = new java.util.ArrayList<>();
        int i = 0;
        while (i < lines.length) {
            int bestStart = -1;
            int bestLength = 0;
            for (int j : where.getOrDefault(lines[i], java.util.List.of())) {
                int n = 0;
                while (i + n < lines.length && j + n < baseLines.length && lines[i + n].equals(baseLines[j + n])) {
                    n++;
                }
                if (n > bestLength) {
                    bestStart = j;
                    bestLength = n;
                }
            }
            if (bestLength >= MIN_SHARED_LINES) {
                kept.add("(golden/" + BASE_PAGE + ", lines " + (bestStart + 1) + "-" + (bestStart + bestLength) + ")");
                i += bestLength;
            } else {
                kept.add(lines[i++]);
            }
        }
        return String.join("\n", kept) + (page.endsWith("\n") ? "\n" : "");
    }

    /** A page kept against {@code base}: each reference replaced by the lines of {@code base} it names. */
    static String withSharedLines(String kept, String base) {
        String[] baseLines = lines(base);
        java.util.List<String> page = new java.util.ArrayList<>();
        for (String line : lines(kept)) {
            java.util.regex.Matcher shared = SHARED.matcher(line);
            if (shared.matches()) {
                int from = Integer.parseInt(shared.group(1));
                int to = Integer.parseInt(shared.group(2));
                assertThat(to).as("%s names lines past the end of golden/%s", line, BASE_PAGE).isLessThanOrEqualTo(baseLines.length);
                page.addAll(java.util.Arrays.asList(baseLines).subList(from - 1, to));
            } else {
                page.add(line);
            }
        }
        return String.join("\n", page) + (kept.endsWith("\n") ? "\n" : "");
    }

    /** The lines of a text, the newline that ends its last line not making an empty line of its own. */
    private static String[] lines(String text) {
        return (text.endsWith("\n") ? text.substring(0, text.length() - 1) : text).split("\n", -1);
    }

    private static String stylesheetByMarker(String html) {
        java.util.regex.Matcher style = STYLE.matcher(html);
        if (!style.find()) {
            return html;
        }
        return STYLE_HASH.matcher(html.substring(0, style.start()) + "<style>(" + STYLESHEET + ")</style>"
                + html.substring(style.end())).replaceFirst("'sha256-(" + STYLESHEET + ")'");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
