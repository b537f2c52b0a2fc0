package dev.psdm.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.psdm.cli.CliRunner.LARGE;
import static dev.psdm.cli.CliRunner.run;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 27 item 2, "Iteration 0 first", for a plan that has one: the large sample with an Iteration 0
 * (22 Dec – 4 Jan, before Iteration 1) listed last among the snapshot's iterations, so that only the map's own
 * order can put it first. Its row leads the heat map in the HTML, Markdown and text reports, and no
 * "Iteration 0 (missing)" row stands for it (the golden files cover the sample without one).
 */
class HeatMapIterationZeroTest {
    private static final Pattern HTML_ROW = Pattern.compile("<tr><th scope=\"row\">(?:<a [^>]*>)?([^<]+)");

    @Test
    void anExistingIterationZeroIsTheFirstRowInEveryFormat(@TempDir Path dir) throws Exception {
        Path snapshot = withIterationZero(dir);
        var result = run("check", "--snapshot", snapshot.toString(), "--fail-on", "never",
                "--format", "text,markdown=" + dir.resolve("r.md") + ",html=" + dir.resolve("r.html"));
        assertThat(result.exitCode()).as(result.err()).isZero();

        List<String> text = result.out().lines().dropWhile(l -> !l.startsWith("Ceremonies by iteration")).skip(2).limit(2).toList();
        assertThat(text).hasSize(2);
        assertThat(text.get(0)).startsWith("  Iteration 0 ");
        assertThat(text.get(1)).startsWith("  Iteration 1 ");

        List<String> markdown = Files.readString(dir.resolve("r.md")).lines()
                .dropWhile(l -> !l.startsWith("### Ceremonies by iteration")).filter(l -> l.startsWith("| [")).limit(2).toList();
        assertThat(markdown.get(0)).startsWith("| [Iteration 0](");
        assertThat(markdown.get(1)).startsWith("| [Iteration 1](");

        String html = Files.readString(dir.resolve("r.html"));
        String heatMap = html.substring(html.indexOf("<table class=\"heatmap\">"));
        heatMap = heatMap.substring(0, heatMap.indexOf("</table>"));
        Matcher rows = HTML_ROW.matcher(heatMap);
        assertThat(rows.find()).isTrue();
        assertThat(rows.group(1).strip()).isEqualTo("Iteration 0");
        assertThat(rows.find()).isTrue();
        assertThat(rows.group(1).strip()).isEqualTo("Iteration 1");

        for (String output : List.of(result.out(), Files.readString(dir.resolve("r.md")), html)) {
            assertThat(output).doesNotContain("Iteration 0 (missing)");
        }
    }

    /** The large sample with an Iteration 0 before Iteration 1, put at the end of the iterations list. */
    private static Path withIterationZero(Path dir) throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode snapshot = json.readTree(LARGE.toFile());
        ArrayNode iterations = (ArrayNode) snapshot.get("iterations");
        ObjectNode zero = iterations.get(0).deepCopy();
        assertThat(zero.get("title").asText()).isEqualTo("Iteration 1");
        zero.put("id", 10100).put("iid", 0).put("title", "Iteration 0").put("startDate", "2025-12-22")
                .put("dueDate", "2026-01-04").put("webUrl", zero.get("webUrl").asText().replace("10101", "10100"));
        iterations.add(zero);
        Path file = dir.resolve("large-with-iteration-0.json");
        json.writeValue(file.toFile(), snapshot);
        return file;
    }
}
