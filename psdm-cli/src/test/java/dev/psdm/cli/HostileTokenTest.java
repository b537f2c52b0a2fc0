package dev.psdm.cli;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.psdm.gitlab.fake.FakeGitLabExtension;
import dev.psdm.gitlab.fake.GitLabFixtures;
import dev.psdm.model.Issue;
import dev.psdm.model.Snapshot;
import dev.psdm.model.json.SnapshotJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18 item 1: a token with a line break or a byte order mark, and GitLab data that carries the
 * token in escaped forms. GitLab is the WireMock fake serving the documented REST shapes
 * (GitLabFixtures, from doc/api/issues.md and its siblings).
 */
class HostileTokenTest {
    private static final String TOKEN = "glpat-SECRET123-hostile-4f3e";
    @RegisterExtension
    private static final FakeGitLabExtension gitlab = FakeGitLabExtension.start();
    private static final Snapshot sample = SnapshotJson.read(GitLabCommandsTest.SAMPLE);

    @TempDir
    Path dir;

    @BeforeEach
    void serve() {
        gitlab.serve(GitLabFixtures.fromSnapshot(sample));
    }

    private static String[] snapshotArgs(Path output, String... more) {
        List<String> args = new ArrayList<>(List.of("snapshot", "--gitlab-url", gitlab.baseUrl(),
                "--project", sample.project().pathWithNamespace(), "--output", output.toString()));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @Test
    void aTokenFileWithASecondLineIsRefusedBeforeAnyRequestWithoutItsValue() throws IOException {
        Path file = dir.resolve("t");
        Files.writeString(file, "glpat-SECRET123\n# expires 2026-12-31\n");
        CliRun result = CliRun.of(Map.of(), snapshotArgs(dir.resolve("s.json"), "--token-file", file.toString()));

        assertThat(result.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(result.err().lines()).hasSize(1);
        assertThat(result.err()).startsWith("psdm: the token in --token-file " + file + " has a line break at character 16")
                .doesNotContain("SECRET123", "expires");
        assertThat(gitlab.requestCount()).isZero();
        assertThat(dir.resolve("s.json")).doesNotExist();
    }

    @Test
    void aTokenVariableHoldingTwoTokensIsRefusedBeforeAnyRequest() {
        CliRun result = CliRun.of(Map.of("GITLAB_TOKEN", "glpat-SECRET123\nglpat-OLD"), snapshotArgs(dir.resolve("s.json")));
        assertThat(result.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(result.err()).isEqualTo("psdm: the token in GITLAB_TOKEN has a line break at character 16; a GitLab"
                + " token is one line of visible ASCII characters (no comments, no second token)\n");
        assertThat(gitlab.requestCount()).isZero();

        CliRun check = CliRun.of(Map.of("GITLAB_TOKEN", "glpat-SECRET123 glpat-OLD"), "check", "--gitlab-url", gitlab.baseUrl(),
                "--project", "a/b");
        assertThat(check.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(check.err()).contains("has a space at character 16").doesNotContain("SECRET123");
    }

    @Test
    void aByteOrderMarkAndSurroundingWhitespaceAreNotSent() throws IOException {
        Path file = dir.resolve("t");
        Files.writeString(file, "\uFEFF  " + TOKEN + " \r\n", StandardCharsets.UTF_8);
        CliRun result = CliRun.of(Map.of(), snapshotArgs(dir.resolve("s.json"), "--token-file", file.toString()));

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
        assertThat(gitlab.requests()).isNotEmpty().extracting((LoggedRequest r) -> r.getUrl().equals("/api/graphql")
                ? r.getHeader("Authorization").substring("Bearer ".length()) : r.getHeader("PRIVATE-TOKEN"))
                .containsOnly(TOKEN);
    }

    @Test
    void aTokenCarriedByGitLabDataIsRedactedInEveryFormFromEveryOutput() throws IOException {
        List<String> forms = forms(TOKEN);
        List<Issue> issues = new ArrayList<>(sample.issues());
        Issue first = issues.get(0);
        // pasted into GitLab by someone: as is, URL-escaped, JSON-escaped, HTML-escaped, and mixed
        issues.set(0, new Issue(first.id(), first.iid(), "Token " + forms.get(0), String.join(" | ", forms),
                first.state(), first.createdAt(), first.updatedAt(), first.closedAt(), first.dueDate(), first.labels(),
                first.assignees(), first.weight(), first.iterationId(), first.milestoneId(), first.epicIid(),
                first.confidential(), first.webUrl() + "?t=" + forms.get(1)));
        Snapshot hostile = new Snapshot(sample.schema(), sample.source(), sample.fetchedAt(), sample.project(), sample.group(),
                sample.iterations(), sample.milestones(), sample.labels(), issues, sample.epics(), sample.boards(),
                sample.wikiPages(), sample.gaps());
        gitlab.reset().serve(GitLabFixtures.fromSnapshot(hostile));

        Path snapshot = dir.resolve("s.json");
        CliRun fetched = CliRun.of(Map.of("GITLAB_TOKEN", TOKEN), snapshotArgs(snapshot));
        assertThat(fetched.exitCode()).as(fetched.err()).isEqualTo(ExitCode.OK);
        // the snapshot's own check of the data, with the token in the environment, to stdout and files
        CliRun checked = CliRun.of(Map.of("GITLAB_TOKEN", TOKEN), "check", "--snapshot", snapshot.toString(), "--format",
                "json,markdown=" + dir.resolve("r.md") + ",html=" + dir.resolve("r.html") + ",text=" + dir.resolve("r.txt"));
        assertThat(checked.exitCode()).as(checked.err()).isIn(ExitCode.OK, ExitCode.FAILED);

        String everything = String.join("\n", fetched.out(), fetched.err(), checked.out(), checked.err(),
                Files.readString(snapshot), Files.readString(dir.resolve("r.md")), Files.readString(dir.resolve("r.html")),
                Files.readString(dir.resolve("r.txt")));
        assertThat(everything).contains("Token [REDACTED]", "[REDACTED] | [REDACTED]");
        for (String form : forms) {
            assertThat(everything).as(form).doesNotContain(form);
        }
        assertThat(everything).doesNotContain("SECRET123");
    }

    /** The token as is, percent-encoded (both hex cases), as JSON and HTML escapes, and half-escaped. */
    static List<String> forms(String token) {
        StringBuilder percent = new StringBuilder();
        StringBuilder json = new StringBuilder();
        StringBuilder html = new StringBuilder();
        StringBuilder mixed = new StringBuilder();
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            percent.append(String.format(Locale.ROOT, "%%%02X", (int) c));
            json.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            html.append("&#").append((int) c).append(';');
            mixed.append(i % 2 == 0 ? String.valueOf(c) : String.format(Locale.ROOT, "%%%02x", (int) c));
        }
        return List.of(token, percent.toString(), percent.toString().toLowerCase(Locale.ROOT), json.toString(),
                html.toString(), mixed.toString(), URLEncoder.encode(token, StandardCharsets.UTF_8));
    }
}
