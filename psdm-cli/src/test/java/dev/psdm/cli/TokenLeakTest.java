package dev.psdm.cli;

import com.github.tomakehurst.wiremock.client.WireMock;
import dev.psdm.gitlab.fake.FakeGitLab;
import dev.psdm.gitlab.fake.FakeGitLab.Endpoint;
import dev.psdm.gitlab.fake.FakeIssueWrites;
import dev.psdm.gitlab.fake.GitLabFixtures;
import dev.psdm.gitlab.fake.StandardStreams;
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
        seen.add(StandardStreams.captured(() -> {
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
        }));
        seen.addAll(filesBut(dir, tokenFile));

        String everything = String.join("\n", seen);
        assertThat(everything)
                // the error paths were really taken, verbose stack traces included
                .contains("psdm: GitLab rejected the token (401)", "GitLab kept failing with 500",
                        "not found (404)", "[REDACTED]", "GitLabAccessException", "\tat dev.psdm.gitlab.",
                        "\"resource\" : \"epics\"", "requests (1 retry)", "PSDM-")
                .doesNotContain(TOKEN);
        assertThat(gitlab.requests()).isNotEmpty();
    }

    /** One fault of the GitLab fakes, and whether the commands can still finish (exit 0/1) or must stop (exit 2). */
    private record Fault(String name, boolean completes, Runnable arrange) {
    }

    private static List<Fault> faults(FakeGitLab elsewhere) {
        String project = "/api/v4/projects/" + served.path().replace("/", "%2F");
        return List.of(
                new Fault("none", true, () -> { }),
                new Fault("403 on epics", true, () -> gitlab.failAlways(FakeGitLab.path(served, Endpoint.EPICS),
                        FakeGitLab.error(403, "403 Forbidden"))),
                new Fault("429 with Retry-After", true, () -> gitlab.failFirst(FakeGitLab.path(served, Endpoint.ISSUES),
                        FakeGitLab.rateLimited(0))),
                new Fault("429 without Retry-After", true, () -> gitlab.failFirst(FakeGitLab.path(served, Endpoint.LABELS),
                        WireMock.aResponse().withStatus(429).withBody("Retry later"))),
                new Fault("read timeout then success", true, () -> gitlab.failFirst(FakeGitLab.path(served, Endpoint.LABELS),
                        FakeGitLab.json(200, "[]").withFixedDelay(2_500))),
                new Fault("valid JSON as text/plain", true, () -> gitlab.failAlways(FakeGitLab.path(served, Endpoint.WIKI),
                        WireMock.aResponse().withStatus(200).withHeader("Content-Type", "text/plain").withBody("[]"))),
                new Fault("401", false, () -> gitlab.server().stubFor(WireMock.any(WireMock.anyUrl()).atPriority(1)
                        .willReturn(FakeGitLab.error(401, "401 Unauthorized")))),
                new Fault("404 project", false, () -> gitlab.failAlways(project, FakeGitLab.error(404, "404 Project Not Found"))),
                new Fault("500", true, () -> gitlab.failAlways(FakeGitLab.path(served, Endpoint.ISSUES), FakeGitLab.serverError())),
                new Fault("502 HTML", true, () -> gitlab.failAlways(FakeGitLab.path(served, Endpoint.BOARDS), FakeGitLab.badGateway())),
                new Fault("503", true, () -> gitlab.failAlways(FakeGitLab.path(served, Endpoint.MILESTONES),
                        FakeGitLab.error(503, "503 Service Unavailable"))),
                new Fault("400 echoing the token", true, () -> gitlab.failAlways(FakeGitLab.path(served, Endpoint.LABELS),
                        FakeGitLab.error(400, "400 Bad request: PRIVATE-TOKEN " + TOKEN))),
                // a body that cannot be read is a data gap for that resource (it quotes the body, token redacted)
                new Fault("truncated JSON", true, () -> gitlab.failAlways(FakeGitLab.path(served, Endpoint.LABELS),
                        FakeGitLab.json(200, "[{\"id\": 1, "))),
                new Fault("HTML page with 200", true, () -> gitlab.failAlways(FakeGitLab.path(served, Endpoint.ISSUES),
                        WireMock.aResponse().withStatus(200).withHeader("Content-Type", "text/html")
                                .withBody("<html><body>Sign in " + TOKEN + "</body></html>"))),
                new Fault("302 to another host", false, () -> gitlab.failAlways(project, WireMock.aResponse().withStatus(302)
                        .withHeader("Location", "http://localhost:" + elsewhere.port() + project))),
                new Fault("301 to another host midway", false, () -> gitlab.failAlways(FakeGitLab.path(served, Endpoint.LABELS),
                        WireMock.aResponse().withStatus(301).withHeader("Location",
                                "http://localhost:" + elsewhere.port() + FakeGitLab.path(served, Endpoint.LABELS)))));
    }

    @Test
    void everyCommandThroughEveryFaultLeaksNoToken() throws IOException {
        Path tokenFile = dir.resolve("token.txt");
        Files.writeString(tokenFile, TOKEN + "\n");
        Path out = Files.createDirectories(dir.resolve("out"));
        List<String> seen = new ArrayList<>();
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        ByteArrayOutputStream process = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(process, true, StandardCharsets.UTF_8);
        String projectPath = served.path();
        List<String> outcomes = new ArrayList<>();
        try (FakeGitLab elsewhere = FakeGitLab.start()) {
            elsewhere.serve(served);
            System.setOut(capture);
            System.setErr(capture);
            try {
                int n = 0;
                for (Fault fault : faults(elsewhere)) {
                    n++;
                    gitlab.reset().serve(served);
                    fault.arrange().run();
                    String[] common = {"--gitlab-url", gitlab.baseUrl(), "--project", projectPath, "--verbose",
                            "--max-attempts", "2", "--read-timeout", "1", "--connect-timeout", "1", "--fetch-deadline", "60"};
                    Run snapshot = runCommand(Map.of("GITLAB_TOKEN", TOKEN), concat(new String[] {"snapshot", "--output",
                            out.resolve("snapshot-" + n + ".json").toString()}, common));
                    Run check = runCommand(Map.of(), concat(new String[] {"check", "--token-file", tokenFile.toString(),
                            "--format", "text", "--format", "json=" + out.resolve("report-" + n + ".json"),
                            "--format", "sarif=" + out.resolve("report-" + n + ".sarif")}, common));
                    Run baseline = runCommand(Map.of("GITLAB_TOKEN", TOKEN), concat(new String[] {"baseline", "--output",
                            out.resolve("baseline-" + n + ".json").toString()}, common));
                    for (Run r : List.of(snapshot, check, baseline)) {
                        seen.add(r.text());
                        outcomes.add(fault.name() + " / " + r.command() + " → " + r.code());
                        if (fault.completes() && r == check && r.code() == 2) {
                            // issue 22 item 2: data that failed to read makes the check incomplete (reports written, exit 2)
                            assertThat(r.text()).as(fault.name()).contains("psdm: the check is incomplete: failed to read");
                        } else if (fault.completes() && r == snapshot && r.code() == 2) {
                            // ... and so is a snapshot: written with its gaps, exit 2
                            assertThat(r.text()).as(fault.name()).contains("psdm: the snapshot is incomplete: failed to read");
                        } else if (fault.completes() && r == baseline && r.code() == 2) {
                            // ... and a baseline is never recorded from an incomplete run
                            assertThat(r.text()).as(fault.name()).contains("psdm: no baseline recorded: the run is incomplete");
                        } else if (fault.completes()) {
                            assertThat(r.code()).as(fault.name() + ": " + r.text()).isIn(0, 1);
                        } else {
                            assertThat(r.code()).as(fault.name() + ": " + r.text()).isEqualTo(2);
                        }
                    }
                }
                // a connect timeout (a socket that never accepts, its backlog full) and a refused connection
                try (java.net.ServerSocket silent = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
                    List<java.net.Socket> fillers = new ArrayList<>();
                    try {
                        for (int i = 0; i < 8; i++) {
                            java.net.Socket s = new java.net.Socket();
                            try {
                                s.connect(new java.net.InetSocketAddress("127.0.0.1", silent.getLocalPort()), 200);
                                fillers.add(s);
                            } catch (IOException full) {
                                s.close();
                                break;
                            }
                        }
                        for (String url : List.of("http://127.0.0.1:" + silent.getLocalPort(), "http://127.0.0.1:1")) {
                            for (String command : List.of("snapshot", "check", "baseline")) {
                                Run r = runCommand(Map.of("GITLAB_TOKEN", TOKEN), command, "--gitlab-url", url, "--project",
                                        projectPath, "--verbose", "--max-attempts", "1", "--connect-timeout", "1");
                                seen.add(r.text());
                                assertThat(r.code()).as(r.text()).isEqualTo(2);
                            }
                        }
                    } finally {
                        for (java.net.Socket s : fillers) {
                            s.close();
                        }
                    }
                }
            } finally {
                System.setOut(stdout);
                System.setErr(stderr);
            }
            assertThat(elsewhere.requests()).as("requests that followed a redirect to another host")
                    .allSatisfy(r -> assertThat(r.getHeaders().all().toString()).doesNotContain(TOKEN));
        }
        seen.add(process.toString(StandardCharsets.UTF_8));
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.equals(tokenFile)).toList()) {
                seen.add(file.getFileName() + ":\n" + new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            }
        }
        String everything = String.join("\n", seen);
        assertThat(everything)
                .as(String.join("\n", outcomes))
                .contains("GitLab redirected", "does not follow redirects", "not the JSON GitLab sends",
                        "GitLab kept failing with 503", "GitLab gave no answer within the timeout", "cannot connect",
                        "[REDACTED]", "\tat dev.psdm.gitlab.")
                .doesNotContain(TOKEN);
    }

    /**
     * Issue 22 item 5: a body that quotes the token late (character 180, where the old cut at 200 left 20
     * of its characters), split by a line break and a tab, and a runner token that is not ours: no piece
     * of 8 characters of either reaches stderr, the --verbose trace, the snapshot or any report.
     */
    @Test
    void aTokenQuotedLateOrSplitOrNotOursLeavesNoPieceInAnyOutput() throws IOException {
        String foreign = "glrt-Zq8xYv3WkP2mN7rT5sLd";
        String body = "<html><body>" + "Sign in ".repeat(12) + TOKEN + "<br>\n" + TOKEN.substring(0, 13) + "\n\t"
                + TOKEN.substring(13) + " runner " + foreign + "</body></html>";
        gitlab.reset().serve(served).failAlways(FakeGitLab.path(served, Endpoint.ISSUES),
                WireMock.aResponse().withStatus(200).withHeader("Content-Type", "text/html").withBody(body));
        Path out = Files.createDirectories(dir.resolve("quoted"));
        List<String> seen = new ArrayList<>();
        String[] common = {"--gitlab-url", gitlab.baseUrl(), "--project", served.path(), "--verbose"};
        seen.add(runCommand(Map.of("GITLAB_TOKEN", TOKEN), concat(new String[] {"snapshot", "--output",
                out.resolve("snapshot.json").toString()}, common)).text());
        seen.add(runCommand(Map.of("GITLAB_TOKEN", TOKEN), concat(new String[] {"check", "--format", "text",
                "--format", "json=" + out.resolve("r.json"), "--format", "sarif=" + out.resolve("r.sarif"),
                "--format", "html=" + out.resolve("r.html"), "--format", "junit=" + out.resolve("r.xml"),
                "--format", "markdown=" + out.resolve("r.md"), "--format", "codequality=" + out.resolve("r.cq.json")},
                common)).text());
        try (Stream<Path> files = Files.list(out)) {
            for (Path file : files.toList()) {
                seen.add(file.getFileName() + ":\n" + Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        String everything = String.join("\n", seen);
        assertThat(everything).contains("not the JSON GitLab sends for issues", "[REDACTED]");
        for (String secret : List.of(TOKEN, foreign)) {
            for (int i = 0; i + 8 <= secret.length(); i++) {
                assertThat(everything).doesNotContain(secret.substring(i, i + 8));
            }
        }
    }

    /**
     * Issue 22 item 5: the CLI's own redaction matched only the whole token, so a piece of it (an issue
     * title quoting it cut short, a message that folded it with a line break or a space) reached stdout,
     * stderr and the reports. Now no piece of 8+ characters survives, nor anything shaped like a GitLab token.
     */
    @Test
    void noPieceOfTheTokenReachesAnyOutput() throws IOException {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        var snapshot = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(GitLabCommandsTest.SAMPLE.toFile());
        // notices reach every report format (issue 22 item 2), so GitLab text quoted in them reaches every output
        var notices = snapshot.withArray("notices");
        notices.addObject().put("resource", "issues").put("subject", "issue 1").put("message", "skipped: notes "
                + TOKEN.substring(3, 17));
        notices.addObject().put("resource", "issues").put("message", "pasted " + TOKEN.substring(0, 10) + "\n"
                + TOKEN.substring(10, 20) + " " + TOKEN.substring(20));
        notices.addObject().put("resource", "issues").put("message", "runner gldt-AbCdEfGh12345678wxyz");
        Path file = dir.resolve("snapshot.json");
        json.writeValue(file.toFile(), snapshot);
        Path config = dir.resolve("psdm.yml");
        Files.writeString(config, TOKEN.substring(6, 22) + ": 1\n");
        Path report = dir.resolve("report.json");
        Path page = dir.resolve("report.html");

        CliRun checked = CliRun.of(Map.of("GITLAB_TOKEN", TOKEN), "check", "--snapshot",
                file.toString(), "--format", "text", "--format", "json=" + report, "--format", "html=" + page);
        CliRun refused = CliRun.of(Map.of("GITLAB_TOKEN", TOKEN), "check", "--snapshot",
                file.toString(), "--config", config.toString());

        assertThat(checked.out()).contains("notes " + mask(), "pasted ", "runner " + mask());
        assertThat(refused.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(refused.err()).hasLineCount(1).contains(mask());
        String everything = String.join("\n", checked.out(), checked.err(), refused.out(), refused.err(),
                Files.readString(report), Files.readString(page));
        String compact = everything.replaceAll("\\s", "");
        for (int i = 0; i + 8 <= TOKEN.length(); i++) {
            assertThat(compact).as("piece " + i).doesNotContain(TOKEN.substring(i, i + 8));
        }
        assertThat(everything).doesNotContain("gldt-AbCd");
    }

    private static String mask() {
        return "[REDACTED]";
    }

    private record Run(String command, int code, String text) {
    }

    private static Run runCommand(Map<String, String> env, String... args) {
        CliRun r = CliRun.of(env, args);
        return new Run(args[0], r.exitCode(), String.join(" ", args) + " → " + r.exitCode() + "\n" + r.out() + "\n" + r.err());
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /**
     * Issue 30: {@code psdm publish} with the token and the external control's secret, through a dry run, an apply,
     * a token without the api scope, a wrong control secret and GitLab echoing both in an error, --verbose: neither
     * is in any output, log or file.
     */
    @Test
    void neitherTheTokenNorTheControlSecretIsInAnyOutputOfAPublish() throws IOException {
        String controlSecret = "ctl-SECRET-5e4d3c2b1a0f";
        Path secretFile = dir.resolve("control.txt");
        Files.writeString(secretFile, controlSecret + "\n");
        List<String> seen = new ArrayList<>();
        gitlab.reset().serve(served);
        seen.add(StandardStreams.captured(() -> {
            try (FakeIssueWrites writes = new FakeIssueWrites().readsFrom(gitlab.baseUrl()).controlSecret(controlSecret)) {
                for (int scenario = 0; scenario < 5; scenario++) {
                    switch (scenario) {
                        case 2 -> writes.scopes("read_api");
                        case 3 -> writes.scopes("api").controlSecret("another-control-secret");
                        case 4 -> writes.controlSecret(controlSecret).failNextWrites(1, 400,
                                "400 Bad request: PRIVATE-TOKEN " + TOKEN + " X-Gitlab-Hmac " + controlSecret);
                        default -> { }
                    }
                    Path report = dir.resolve("publish-" + scenario + ".md");
                    seen.add(run(Map.of("GITLAB_TOKEN", TOKEN), "publish", "--gitlab-url", writes.baseUrl(), "--project",
                            served.path(), "--verbose", "--max-attempts", "1", "--format", "markdown=" + report,
                            "--external-control", "7", "--control-secret-file", secretFile.toString(),
                            scenario == 0 ? "--fail-on=error" : "--apply"));
                }
                seen.add(writes.state());
                seen.add(String.join("\n", writes.requests()));
                assertThat(writes.controlStatuses()).containsExactly("fail");
            }
        }));
        seen.addAll(filesBut(dir, secretFile));
        String everything = String.join("\n", seen);
        assertThat(everything)
                .contains("psdm: dry run: POST", "psdm: compliance issue created", "needs the api scope", "401",
                        "[REDACTED]")
                .doesNotContain(TOKEN).doesNotContain(controlSecret);
    }

    /**
     * Issue 30 item 4: {@code psdm prepare} with the token, through a dry run, an apply, a token without the api
     * scope and GitLab echoing the token in a refused write, --verbose: the token is in no output and no record.
     */
    @Test
    void theTokenIsInNoOutputOfAPrepare() throws IOException {
        List<String> seen = new ArrayList<>();
        gitlab.reset().serve(served);
        seen.add(StandardStreams.captured(() -> {
            try (FakeIssueWrites writes = new FakeIssueWrites().readsFrom(gitlab.baseUrl())) {
                for (int scenario = 0; scenario < 4; scenario++) {
                    switch (scenario) {
                        case 2 -> writes.scopes("read_api");
                        case 3 -> writes.scopes("api").failNextWrites(1, 400, "400 Bad request: PRIVATE-TOKEN " + TOKEN);
                        default -> { }
                    }
                    seen.add(run(Map.of("GITLAB_TOKEN", TOKEN), "prepare", "--iteration-0", "--gitlab-url", writes.baseUrl(),
                            "--project", served.path(), "--verbose", "--max-attempts", "1",
                            scenario == 0 ? "--sow=SOW-1" : "--apply"));
                }
                seen.add(writes.state());
                seen.add(String.join("\n", writes.requests()));
            }
        }));
        String everything = String.join("\n", seen);
        assertThat(everything).contains("psdm: dry run: POST", "psdm: prepared ", "needs the api scope", "[REDACTED]")
                .doesNotContain(TOKEN);
    }

    /** Every file psdm wrote into {@code dir}, named, but the secret's own file. */
    private static List<String> filesBut(Path dir, Path secretFile) throws IOException {
        List<String> seen = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> !f.equals(secretFile)).sorted().toList()) {
                seen.add(file.getFileName() + ":\n" + Files.readString(file));
            }
        }
        return seen;
    }

    private static String run(Map<String, String> env, String... args) {
        CliRun r = CliRun.of(env, args);
        return String.join(" ", args) + " → " + r.exitCode() + "\n" + r.out() + "\n" + r.err();
    }
}
