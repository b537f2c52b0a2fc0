package dev.psdm.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.psdm.gitlab.fake.FakeGitLab;
import dev.psdm.gitlab.fake.FakeIssueWrites;
import dev.psdm.gitlab.fake.GitLabFixtures;
import dev.psdm.model.Snapshot;
import dev.psdm.model.json.SnapshotJson;
import dev.psdm.report.testing.Chromium;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a PM sees (issue 30 item 6, docs/publish.md): the compliance issue {@code psdm publish --apply} writes for
 * the large sample, its description rendered from Markdown to HTML (CommonMark with GitHub's tables, as GitLab's
 * renderer does for what the report uses) under the issue's title and posture label, opened in headless
 * Chromium. The page must show the verdict, the ceremony and rule tables and hide the marker; the screenshot in
 * docs/img/ is taken from it, rewritten only on purpose ({@code -Dpsdm.regenerateDocs=true}), as Chromium's
 * pixels vary between versions.
 */
class ComplianceIssueScreenshotTest {
    static final Path IMAGE = Path.of("..", "docs", "img", "compliance-issue.png");
    private static final Path SAMPLE = Path.of("..", "examples", "snapshots", "large-project.json");
    private static final String TOKEN = "glpat-SCREENSHOT-TOKEN-0a1b2c3d";

    @Test
    void theComplianceIssueRendersWithItsVerdictAndTablesAndHidesItsMarker(@TempDir Path dir) throws Exception {
        JsonNode issue = publishedIssue(dir);
        String description = issue.path("description").asText();
        Path html = dir.resolve("issue.html");
        Files.writeString(html, page(issue.path("title").asText(), issue.path("labels").path(0).asText(), description),
                StandardCharsets.UTF_8);

        try (Chromium browser = Chromium.start()) {
            Chromium.Page page = browser.open(html, 1100, 1500);
            String text = page.eval("document.body.innerText").asText();
            assertThat(page.eval("document.querySelector('.label').innerText").asText()).as("the scoped label PSDM::failing")
                    .contains("PSDM", "failing");
            assertThat(text).contains("PSDM compliance", "Gate failed (error)", "Ceremonies by iteration")
                    .doesNotContain("psdm-check:compliance-issue", "<!--");
            assertThat(page.eval("document.querySelectorAll('table').length").asInt()).as("ceremonies and rules")
                    .isGreaterThanOrEqualTo(2);
            assertThat(page.eval("document.querySelectorAll('table tr').length").asInt()).isGreaterThan(20);
            assertThat(page.eval("document.querySelector('a[href*=\"PSDM-RAID-002\"]') !== null").asBoolean()).isTrue();
            assertThat(page.consoleErrors()).isEmpty();
            byte[] png = page.screenshot();
            assertThat(png).startsWith(0x89, 'P', 'N', 'G');
            if (Boolean.getBoolean("psdm.regenerateDocs")) {
                Files.createDirectories(IMAGE.getParent());
                Files.write(IMAGE, png);
            }
        }
    }

    @Test
    void docsShowTheScreenshot() throws Exception {
        assertThat(IMAGE).as("regenerate with -Dtest=ComplianceIssueScreenshotTest -Dpsdm.regenerateDocs=true").isRegularFile();
        assertThat(Files.readAllBytes(IMAGE)).startsWith(0x89, 'P', 'N', 'G');
        assertThat(Files.readString(Path.of("..", "docs", "publish.md"))).contains("](img/compliance-issue.png)");
    }

    /** {@code psdm publish --apply} of the large sample at its as-of, against a fake that keeps what is written. */
    private static JsonNode publishedIssue(Path dir) {
        Snapshot sample = SnapshotJson.read(SAMPLE);
        try (FakeGitLab reads = FakeGitLab.start()) {
            reads.serve(GitLabFixtures.fromSnapshot(sample));
            try (FakeIssueWrites gitlab = new FakeIssueWrites().readsFrom(reads.baseUrl())) {
                StringWriter err = new StringWriter();
                int code = PsdmCli.run(new String[] {"publish", "-q", "--apply", "--gitlab-url", gitlab.baseUrl(),
                        "--project", sample.project().pathWithNamespace(), "--as-of=2026-05-15T12:00:00Z",
                        "--format=markdown=" + dir.resolve("report.md")}, new PrintWriter(new StringWriter()),
                        new PrintWriter(err), Map.of("GITLAB_TOKEN", TOKEN));
                assertThat(code).as(err.toString()).isEqualTo(ExitCode.FAILED);
                List<com.fasterxml.jackson.databind.node.ObjectNode> issues = gitlab.issues();
                assertThat(issues).hasSize(1);
                return issues.get(0);
            }
        }
    }

    /** The issue as GitLab lays it out, in short: title, the scoped label's two halves, the description. */
    static String page(String title, String label, String markdown) {
        var extensions = List.of(TablesExtension.create());
        String body = HtmlRenderer.builder().extensions(extensions).build()
                .render(Parser.builder().extensions(extensions).build().parse(markdown));
        String[] scoped = label.split("::", 2);
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>%1$s</title>
                <style>
                body { font: 14px/1.5 -apple-system, "Segoe UI", Roboto, "Noto Sans", Ubuntu, sans-serif; color: #333238;
                       margin: 0; padding: 24px 32px; background: #fff; }
                h1.title { font-size: 24px; margin: 0 0 8px; }
                .meta { margin-bottom: 16px; color: #626168; }
                .label { display: inline-flex; border: 2px solid #dd2b0e; border-radius: 12px; overflow: hidden;
                         font-size: 12px; vertical-align: middle; margin-left: 8px; }
                .label span { padding: 0 8px; }
                .label .key { background: #dd2b0e; color: #fff; }
                .description { border-top: 1px solid #dcdcde; padding-top: 8px; max-width: 1040px; }
                table { border-collapse: collapse; margin: 12px 0; }
                th, td { border: 1px solid #dcdcde; padding: 4px 10px; }
                th { background: #fbfafd; }
                a { color: #1f75cb; text-decoration: none; }
                code { background: #ececef; padding: 1px 4px; border-radius: 4px; }
                </style></head>
                <body>
                <h1 class="title">%1$s</h1>
                <div class="meta">Issue created by psdm-check<span class="label"><span class="key">%2$s</span><span>%3$s</span></span></div>
                <div class="description">
                %4$s
                </div>
                </body></html>
                """.formatted(escape(title), escape(scoped[0]), escape(scoped.length > 1 ? scoped[1] : ""), body);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
