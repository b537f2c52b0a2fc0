package dev.psdm.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.psdm.cli.CliRunner.SMALL;
import static dev.psdm.cli.CliRunner.run;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 22 items 1 and 2: what the fetch left out or decided (a snapshot's {@code notices}: a record GitLab
 * sent that could not be used, the iteration cadence taken as the plan) reached no report: a 35-day
 * iteration could vanish with nothing said. Every format now shows every notice, in the snapshot's order,
 * and the same snapshot gives byte-identical reports.
 */
class DataNoticesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> FORMATS = List.of("text", "json", "markdown", "junit", "codequality", "sarif", "html");
    private static final String SKIPPED = "skipped: the start date 0001-01-01 is outside 1970-01-01 to 9999-12-31";
    private static final String CHOSEN = "the plan is the cadence Sprints (7 iterations), chosen by the issues; left out"
            + " 1 iteration of the cadence Releases";

    @TempDir
    Path dir;

    @Test
    void everyFormatShowsWhatTheFetchLeftOut() throws IOException {
        Path snapshot = smallWithNotices();

        List<String> first = reports(snapshot, "a");
        List<String> second = reports(snapshot, "b");

        for (int i = 0; i < FORMATS.size(); i++) {
            assertThat(first.get(i)).as(FORMATS.get(i)).contains("iteration 53").contains(SKIPPED).contains(CHOSEN)
                    .isEqualTo(second.get(i));
        }
        JsonNode report = JSON.readTree(first.get(FORMATS.indexOf("json")));
        assertThat(report.path("dataNotices")).hasSize(2);
        assertThat(report.path("dataNotices").get(0).path("record").asText()).isEqualTo("iteration 53");
        assertThat(report.path("dataNotices").get(0).path("message").asText()).isEqualTo(SKIPPED);
        assertThat(report.path("dataNotices").get(1).has("record")).isFalse();
        // left out, not failed to read: the run is complete
        assertThat(report.has("verdict")).isFalse();
    }

    @Test
    void aSnapshotWithoutNoticesHasNoDataNoticesField() {
        var result = run("check", "--snapshot", SMALL.toString(), "--format", "json");
        assertThat(result.out()).doesNotContain("dataNotices");
    }

    /** As of the small sample's fetchedAt: an as-of after it is refused (issue 25 item 7). */
    private List<String> reports(Path snapshot, String tag) throws IOException {
        List<String> args = new ArrayList<>(List.of("check", "--snapshot", snapshot.toString(), "--as-of", "2026-03-20T12:00:00Z"));
        for (String format : FORMATS) {
            args.add("--format");
            args.add(format + "=" + dir.resolve(tag + "." + format));
        }
        var result = run(args.toArray(String[]::new));
        assertThat(result.exitCode()).as(result.err()).isIn(0, 1);
        List<String> texts = new ArrayList<>();
        for (String format : FORMATS) {
            texts.add(Files.readString(dir.resolve(tag + "." + format)));
        }
        return texts;
    }

    private Path smallWithNotices() throws IOException {
        ObjectNode snapshot = (ObjectNode) JSON.readTree(SMALL.toFile());
        snapshot.withArray("notices").addObject().put("resource", "iterations").put("subject", "iteration 53")
                .put("message", SKIPPED);
        snapshot.withArray("notices").addObject().put("resource", "iterations").put("message", CHOSEN);
        Path file = dir.resolve("snapshot.json");
        JSON.writeValue(file.toFile(), snapshot);
        return file;
    }
}
