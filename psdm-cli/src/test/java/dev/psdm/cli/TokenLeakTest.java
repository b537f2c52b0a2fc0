package dev.psdm.cli;

import com.github.tomakehurst.wiremock.client.WireMock;
import dev.psdm.gitlab.fake.FakeGitLab;
import dev.psdm.gitlab.fake.FakeGitLab.Endpoint;
import dev.psdm.gitlab.fake.GitLabFixtures;
import dev.psdm.gitlab.fake.GitLabProject;
import dev.psdm.model.json.SnapshotJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs {@code psdm snapshot} and {@code psdm check} with a known token (from GITLAB_TOKEN and from
 * --token-file) through success and every error path, --verbose included, and scans stdout,
 * stderr, the process-wide System.out/err (logs) and every file written for the token.
 */
class TokenLeakTest {
    private static final String TOKEN = "glpat-LEAKCHECK-0a1b2c3d4e";
    private static FakeGitLab gitlab;
    private static GitLabProject served;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        gitlab = FakeGitLab.start();
        served = GitLabFixtures.fromSnapshot(SnapshotJson.read(GitLabCommandsTest.SAMPLE));
    }

    @AfterAll
    static void stop() {
        gitlab.close();
    }

    @Test
    void theTokenIsInNoOutputLogOrFile() throws IOException {
        Path tokenFile = dir.resolve("token.txt");
        Files.writeString(tokenFile, TOKEN + "\n");
        List<String> seen = new ArrayList<>();
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        ByteArrayOutputStream process = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(process, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
        try {
            for (int scenario = 0; scenario < 8; scenario++) {
                gitlab.reset().serve(served);
                switch (scenario) {
                    case 1 -> gitlab.failAlways(FakeGitLab.path(served, Endpoint.EPICS), FakeGitLab.error(403, "403 Forbidden"));
                    case 2 -> gitlab.server().stubFor(WireMock.any(WireMock.anyUrl()).atPriority(1)
                            .willReturn(FakeGitLab.error(401, "401 Unauthorized")));
                    case 3 -> gitlab.failAlways(FakeGitLab.path(served, Endpoint.ISSUES), FakeGitLab.serverError());
                    case 4 -> gitlab.failAlways(FakeGitLab.path(served, Endpoint.LABELS),
                            FakeGitLab.error(400, "400 Bad request: PRIVATE-TOKEN " + TOKEN));
                    case 5 -> gitlab.failFirst(FakeGitLab.path(served, Endpoint.ISSUES), FakeGitLab.rateLimited(0));
                    case 6 -> gitlab.reset();
                    case 7 -> gitlab.failAlways(FakeGitLab.path(served, Endpoint.WIKI),
                            FakeGitLab.error(404, "404 Not Found " + TOKEN));
                    default -> { }
                }
                String project = scenario == 6 ? "missing/project" : "gitlab-com/gl-professional-services/customers/acme-corp/acme-collaboration";
                Path snapshot = dir.resolve("snapshot-" + scenario + ".json");
                Path report = dir.resolve("report-" + scenario + ".json");
                seen.add(run(Map.of("GITLAB_TOKEN", TOKEN), "snapshot", "--gitlab-url", gitlab.baseUrl(),
                        "--project", project, "--output", snapshot.toString(), "--verbose", "--max-attempts", "2"));
                seen.add(run(Map.of(), "check", "--gitlab-url", gitlab.baseUrl(), "--project", project,
                        "--token-file", tokenFile.toString(), "--verbose", "--max-attempts", "1",
                        "--format", "text", "--format", "json=" + report));
            }
            seen.add(run(Map.of("GITLAB_TOKEN", TOKEN), "check", "--gitlab-url", "http://127.0.0.1:1", "--project", "a/b",
                    "--verbose"));
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
        seen.add(process.toString(StandardCharsets.UTF_8));
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> !f.equals(tokenFile)).toList()) {
                seen.add(file.getFileName() + ":\n" + Files.readString(file));
            }
        }

        String everything = String.join("\n", seen);
        assertThat(everything)
                // the error paths were really taken, verbose stack traces included
                .contains("psdm: GitLab rejected the token (401)", "psdm: GitLab kept failing with 500",
                        "not found (404)", "[REDACTED]", "GitLabAccessException", "\tat dev.psdm.gitlab.",
                        "\"resource\" : \"epics\"", "requests (1 retry)", "PSDM-")
                .doesNotContain(TOKEN);
        assertThat(gitlab.requests()).isNotEmpty();
    }

    private static String run(Map<String, String> env, String... args) {
        GitLabCommandsTest.Result r = GitLabCommandsTest.run(env, args);
        return String.join(" ", args) + " → " + r.code() + "\n" + r.out() + "\n" + r.err();
    }
}
