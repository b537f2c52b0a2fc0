package dev.psdm.examples.embedded;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The code in docs/*.md is the examples' code: each block after {@code <!-- snippet: FILE#TAG -->}
 * equals the region between {@code // tag::TAG[]} and {@code // end::TAG[]} in FILE (dedented), so
 * the documentation only shows code that compiles and whose tests pass.
 */
class DocSnippetsTest {
    private static final Path ROOT = Path.of("..", "..");
    private static final Pattern SNIPPET = Pattern.compile(
            "<!-- snippet: (\\S+)#(\\S+) -->\\R```\\w*\\R(.*?)\\R```", Pattern.DOTALL);

    @Test
    void embeddingGuideShowsTheExamplesCode() throws IOException {
        assertThat(snippetsOf("embedding.md")).hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void ruleWritingGuideShowsTheExamplesCode() throws IOException {
        assertThat(snippetsOf("writing-rules.md")).hasSizeGreaterThanOrEqualTo(2);
    }

    /** Checks every snippet of the page and returns their names. */
    private static List<String> snippetsOf(String page) throws IOException {
        String markdown = Files.readString(ROOT.resolve("docs").resolve(page));
        List<String> names = new ArrayList<>();
        Matcher m = SNIPPET.matcher(markdown);
        while (m.find()) {
            String name = m.group(1) + "#" + m.group(2);
            assertThat(m.group(3)).as("%s in docs/%s", name, page).isEqualTo(region(ROOT.resolve(m.group(1)), m.group(2)));
            names.add(name);
        }
        return names;
    }

    private static String region(Path file, String tag) throws IOException {
        List<String> lines = Files.readAllLines(file);
        int start = indexOf(lines, "// tag::" + tag + "[]", file);
        int end = indexOf(lines, "// end::" + tag + "[]", file);
        List<String> body = lines.subList(start + 1, end);
        int indent = body.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length())
                .min().orElse(0);
        return String.join("\n", body.stream().map(l -> l.isBlank() ? "" : l.substring(indent).stripTrailing()).toList());
    }

    private static int indexOf(List<String> lines, String marker, Path file) {
        for (int k = 0; k < lines.size(); k++) {
            if (lines.get(k).trim().equals(marker)) {
                return k;
            }
        }
        throw new AssertionError("no '" + marker + "' in " + file);
    }
}
