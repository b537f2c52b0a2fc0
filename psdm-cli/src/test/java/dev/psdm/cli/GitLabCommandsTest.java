package dev.psdm.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.WireMock;
import dev.psdm.gitlab.fake.FakeGitLab;
import dev.psdm.gitlab.fake.FakeGitLab.Endpoint;
import dev.psdm.gitlab.fake.FakeGitLabExtension;
import dev.psdm.gitlab.fake.GitLabFixtures;
import dev.psdm.gitlab.fake.GitLabProject;
import dev.psdm.model.DataGap;
import dev.psdm.model.Snapshot;
import dev.psdm.model.json.SnapshotJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code psdm snapshot} and {@code psdm check --gitlab-url} against a GitLab-shaped fake on
 * 127.0.0.1 serving the repository's large sample project.
 */
class GitLabCommandsTest {
    static final String TOKEN = "glpat-CLI-TOKEN-9d8c7b6a5f";
    static final Path SAMPLE = Path.of("..", "examples", "snapshots", "large-project.json");
    static final String AS_OF = "2026-05-15T12:00:00Z";
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final FakeGitLabExtension gitlab = FakeGitLabExtension.start();
    static Snapshot sample;
    static GitLabProject served;
    static String projectPath;

    @TempDir
    Path dir;

    @BeforeAll
    static void readTheSample() {
        sample = SnapshotJson.read(SAMPLE);
        projectPath = sample.project().pathWithNamespace();
    }

    /** The extension has reset the fake before each test; it serves the sample again. */
    @BeforeEach
    void serveTheSample() {
        served = GitLabFixtures.fromSnapshot(sample);
        gitlab.serve(served);
    }

    static CliRun run(String... args) {
        return CliRun.of(Map.of("GITLAB_TOKEN", TOKEN), args);
    }

    private static String withoutFetchedAt(String json) {
        return json.replaceFirst("\n  \"fetchedAt\" : \"[^\"]*\",", "");
    }

    static String[] gitlabArgs(String command, String... more) {
        List<String> args = new ArrayList<>(List.of(command, "--gitlab-url", gitlab.baseUrl(), "--project", projectPath));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    /**
     * Issue 25 item 7: a live run's as-of is "now", read with nanoseconds; every format prints it in whole seconds
     * (it printed 2026-12-05T09:18:44.172592558Z).
     */
    @Test
    void aLiveRunPrintsItsAsOfInWholeSecondsEverywhere() throws IOException {
        CliRun live = run(gitlabArgs("check", "--quiet", "--format", "text,json=" + dir.resolve("r.json") + ",junit="
                + dir.resolve("r.xml") + ",html=" + dir.resolve("r.html") + ",markdown=" + dir.resolve("r.md")));
        java.util.regex.Pattern fraction = java.util.regex.Pattern.compile("T\\d\\d:\\d\\d:\\d\\d\\.\\d");
        String asOf = JSON.readTree(dir.resolve("r.json").toFile()).get("asOf").asText();
        assertThat(asOf).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(live.out()).startsWith("PSDM check of " + projectPath + " as of " + asOf + "\n");
        for (String file : List.of("r.json", "r.xml", "r.html", "r.md")) {
            String written = Files.readString(dir.resolve(file));
            assertThat(fraction.matcher(written).find()).as(file + " has an instant with a fraction of a second").isFalse();
            assertThat(written).as(file).contains(asOf);
        }
        assertThat(fraction.matcher(live.out()).find()).isFalse();
    }

    @Test
    void checkingGitLabGivesTheSameReportAsCheckingTheSnapshotPsdmSnapshotWrote() throws IOException {
        CliRun live = run(gitlabArgs("check", "--as-of", AS_OF, "--format", "json", "--quiet"));
        Path file = dir.resolve("out/snapshot.json");
        CliRun snapshot = run(gitlabArgs("snapshot", "--output", file.toString(), "--quiet"));
        CliRun fromFile = run("check", "--snapshot", file.toString(), "--as-of", AS_OF, "--format", "json");
        CliRun fromSample = run("check", "--snapshot", SAMPLE.toString(), "--as-of", AS_OF, "--format", "json");

        assertThat(snapshot.exitCode()).isZero();
        assertThat(snapshot.out()).isEmpty();
        // --quiet: no progress, nothing at all
        assertThat(snapshot.err()).isEmpty();
        assertThat(live.err()).isEmpty();
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
        // the sample predates epic ids; the fake GitLab names each issue's epic by id and group as GitLab does
        assertThat(SnapshotJson.read(file).issues()).usingRecursiveFieldByFieldElementComparatorIgnoringFields(
                "epicId", "epicGroupId").isEqualTo(sample.issues());

        // the same report, but for when each was read (the report says it: fetchedAt)
        assertThat(withoutFetchedAt(live.out())).isEqualTo(withoutFetchedAt(fromFile.out()))
                .isEqualTo(withoutFetchedAt(fromSample.out()));
        assertThat(JSON.readTree(live.out()).get("fetchedAt").asText()).isNotEqualTo(JSON.readTree(fromSample.out())
                .get("fetchedAt").asText());
        assertThat(live.exitCode()).isEqualTo(fromFile.exitCode()).isEqualTo(fromSample.exitCode());
        JsonNode report = JSON.readTree(live.out());
        assertThat(report.get("schema").asText()).isEqualTo("psdm-report/1");
        assertThat(report.get("project").toString()).contains(projectPath);
        assertThat(report.get("asOf").asText()).isEqualTo(AS_OF);
        assertThat(report.get("results")).isNotEmpty();
        assertThat(report.get("summary").get("notEvaluated").asInt()).isZero();
    }

    @Test
    void withoutATerminalEachResourceReadIsOnePlainLineAndQuietSilencesThem() {
        CliRun result = run(gitlabArgs("snapshot", "--output", dir.resolve("progress.json").toString()));
        CliRun quiet = run(gitlabArgs("snapshot", "--output", dir.resolve("quiet.json").toString(), "--quiet"));

        // in a CI log a long fetch shows as it goes: one line per resource, in the order they finish
        assertThat(result.exitCode()).isZero();
        assertThat(result.err().lines().sorted().toList()).containsExactly(
                "psdm: read boards: 1 record in 1 request",
                "psdm: read epics: 3 records in 1 request",
                "psdm: read issues: " + sample.issues().size() + " records in 1 request",
                "psdm: read iterations: " + sample.iterations().size() + " records in 2 requests",
                "psdm: read labels: " + sample.labels().size() + " records in 1 request",
                "psdm: read milestones: " + sample.milestones().size() + " records in 1 request",
                "psdm: read wiki: " + sample.wikiPages().size() + " records in 1 request");
        assertThat(quiet.err()).isEmpty();
    }

    @Test
    void verboseTellsTheRequestCountAndTime() {
        CliRun result = run(gitlabArgs("check", "--as-of", AS_OF, "--verbose", "--quiet"));

        // project, version, issues, iterations and their cadences (GraphQL), milestones, labels, epics, boards, wiki
        assertThat(result.err()).startsWith("psdm: read " + projectPath + " from " + gitlab.baseUrl()
                + ": " + sample.issues().size() + " issues, 0 data gaps; 10 requests (0 retries) in ");
        assertThat(result.out()).contains("PSDM-");
    }

    @Test
    void aRejectedTokenEndsWithExitTwoAndOneLine() {
        gitlab.server().stubFor(WireMock.any(WireMock.anyUrl()).atPriority(1)
                .willReturn(FakeGitLab.error(401, "401 Unauthorized")));

        CliRun result = run(gitlabArgs("check"));

        assertThat(result.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("psdm: GitLab rejected the token (401) at " + gitlab.baseUrl()
                + "/api/v4/projects/" + projectPath.replace("/", "%2F") + System.lineSeparator());
    }

    @Test
    void aMissingProjectEndsWithExitTwoAndOneLine() {
        CliRun result = run("snapshot", "--gitlab-url", gitlab.baseUrl(), "--project", "nobody/nothing",
                "--output", dir.resolve("s.json").toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(result.err()).hasLineCount(1)
                .startsWith("psdm: project 'nobody/nothing' not found (404) at " + gitlab.baseUrl());
        assertThat(dir.resolve("s.json")).doesNotExist();
    }

    @Test
    void anUnreachableGitLabEndsWithExitTwoAndOneLine() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            closedPort = socket.getLocalPort();
        }

        CliRun result = run("check", "--gitlab-url", "http://127.0.0.1:" + closedPort, "--project", "a/b");

        assertThat(result.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(result.err()).hasLineCount(1).startsWith("psdm: cannot reach GitLab at http://127.0.0.1:" + closedPort);
    }

    @Test
    void gitLabFailingOnOneResourceWritesTheReportsAndEndsIncomplete() throws IOException {
        // issue 22 item 2: a 5xx past the retries used to end the run with no report at all; now the issues are
        // a read failure: every report is written, says "incomplete" and why, and the exit is 2
        gitlab.failAlways(FakeGitLab.path(served, Endpoint.ISSUES), FakeGitLab.serverError());
        Path json = dir.resolve("report.json");

        CliRun result = run(gitlabArgs("check", "--max-attempts", "1", "--quiet", "--as-of", AS_OF,
                "--format", "text", "--format", "json=" + json));

        assertThat(result.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(result.err()).isEqualTo("psdm: the check is incomplete: failed to read issues; every report was"
                + " written and says why (exit code 2; --allow-incomplete lets --fail-on decide)" + System.lineSeparator());
        String failed = "GitLab kept failing with 500 Internal Server Error at " + gitlab.baseUrl()
                + FakeGitLab.path(served, Endpoint.ISSUES) + " (1 attempt)";
        assertThat(result.out()).contains("Incomplete: the check failed to read issues (" + failed + ")");
        JsonNode report = JSON.readTree(json.toFile());
        assertThat(report.path("verdict").asText()).isEqualTo("incomplete");
        assertThat(report.path("readFailures").get(0).path("reason").asText()).isEqualTo(failed);
        for (JsonNode r : report.get("results")) {
            if (requiring(DataGap.ISSUES).contains(r.get("ruleId").asText())) {
                assertThat(r.get("status").asText()).as(r.get("ruleId").asText()).isEqualTo("NOT_EVALUATED");
            }
        }
    }

    @Test
    void aSnapshotWithReadFailuresIsWrittenThenExitsTwoUnlessIncompleteIsAllowed() throws IOException {
        // issue 22 item 2 for psdm snapshot: it used to exit 0 after writing a snapshot whose issues failed to read,
        // so a pipeline went green on it; now it writes the file (the gaps say why) and exits 2, as check does
        gitlab.failAlways(FakeGitLab.path(served, Endpoint.ISSUES), FakeGitLab.serverError());
        Path file = dir.resolve("snapshot.json");

        CliRun refused = run(gitlabArgs("snapshot", "--output", file.toString(), "--max-attempts", "1", "--quiet"));

        assertThat(refused.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err()).isEqualTo("psdm: the snapshot is incomplete: failed to read issues; " + file
                + " was written with the gaps and says why (exit code 2; --allow-incomplete exits 0)" + System.lineSeparator());
        Snapshot written = SnapshotJson.read(file);
        assertThat(written.gaps()).filteredOn(DataGap::isReadFailure).extracting(DataGap::resource)
                .containsExactly(DataGap.ISSUES);
        assertThat(written.labels()).isNotEmpty();

        Path allowedFile = dir.resolve("allowed.json");
        CliRun allowed = run(gitlabArgs("snapshot", "--output", allowedFile.toString(), "--max-attempts", "1", "--quiet",
                "--allow-incomplete"));
        assertThat(allowed.exitCode()).isZero();
        assertThat(allowed.err()).isEmpty();
        assertThat(SnapshotJson.read(allowedFile).gaps()).isEqualTo(written.gaps());

        // the snapshot it wrote makes a later check incomplete in turn
        CliRun checked = run("check", "--snapshot", file.toString(), "--as-of", AS_OF, "--quiet");
        assertThat(checked.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(checked.err()).startsWith("psdm: the check is incomplete: failed to read issues;");
    }

    @Test
    void gapsAbsentByDesignLeaveTheSnapshotCommandGreen() throws IOException {
        // a 403 on epics (GitLab Free) is a property of the project, not a read failure: exit 0
        gitlab.failAlways(FakeGitLab.path(served, Endpoint.EPICS), FakeGitLab.error(403, "403 Forbidden"));
        Path file = dir.resolve("snapshot.json");

        CliRun result = run(gitlabArgs("snapshot", "--output", file.toString(), "--quiet"));

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(SnapshotJson.read(file).gaps()).noneMatch(DataGap::isReadFailure).isNotEmpty();
    }

    @Test
    void forbiddenEpicsAreAGapInTheSnapshotAndTheReportIsOtherwiseNormal() throws IOException {
        CliRun normal = run(gitlabArgs("check", "--as-of", AS_OF, "--format", "json"));
        gitlab.failAlways(FakeGitLab.path(served, Endpoint.EPICS), FakeGitLab.error(403, "403 Forbidden"));
        Path file = dir.resolve("snapshot.json");

        CliRun snapshot = run(gitlabArgs("snapshot", "--output", file.toString()));
        CliRun withGap = run(gitlabArgs("check", "--as-of", AS_OF, "--format", "json"));

        assertThat(snapshot.exitCode()).isZero();
        Snapshot written = SnapshotJson.read(file);
        assertThat(written.gaps()).extracting(DataGap::resource).containsExactly(DataGap.EPICS);
        assertThat(written.epics()).isEmpty();
        assertThat(written.issues()).hasSize(sample.issues().size());
        // Only the rules that read epics change: they are NOT_EVALUATED, with GitLab's answer as the reason.
        JsonNode before = JSON.readTree(normal.out());
        JsonNode after = JSON.readTree(withGap.out());
        for (JsonNode r : after.get("results")) {
            String id = r.get("ruleId").asText();
            if (requiring(DataGap.EPICS).contains(id)) {
                assertThat(r.get("status").asText()).as(id).isEqualTo("NOT_EVALUATED");
                assertThat(r.get("reason").asText()).as(id).startsWith("the snapshot lacks epics: ");
            } else {
                assertThat(r).as(id).isEqualTo(find(before, id));
            }
        }
        assertThat(requiring(DataGap.EPICS)).contains("PSDM-EPIC-001");
        assertThat(withGap.exitCode()).isEqualTo(normal.exitCode());
    }

    @Test
    void forbiddenIterationsMakeTheRulesThatNeedThemNotEvaluated() throws IOException {
        JsonNode normal = JSON.readTree(run(gitlabArgs("check", "--as-of", AS_OF, "--format", "json")).out());
        gitlab.failAlways(FakeGitLab.path(served, Endpoint.ITERATIONS), FakeGitLab.error(403, "403 Forbidden"));

        CliRun result = run(gitlabArgs("check", "--as-of", AS_OF, "--format", "json"));

        JsonNode report = JSON.readTree(result.out());
        Set<String> needIterations = requiring(DataGap.ITERATIONS);
        assertThat(needIterations).contains("PSDM-CER-001", "PSDM-IT0-001", "PSDM-WGT-001");
        int checked = 0;
        for (JsonNode r : report.get("results")) {
            String id = r.get("ruleId").asText();
            JsonNode before = find(normal, id);
            if (needIterations.contains(id) && !before.get("status").asText().equals("NOT_APPLICABLE")) {
                assertThat(r.get("status").asText()).as(id).isEqualTo("NOT_EVALUATED");
                assertThat(r.get("reason").asText()).as(id)
                        .startsWith("the snapshot lacks iterations: GitLab answered 403 Forbidden at " + gitlab.baseUrl());
                checked++;
            } else if (!needIterations.contains(id)) {
                // the outcome is the same; its evidence may not be: a NOT_APPLICABLE names the project's size, which
                // without iterations is derived from the milestones
                assertThat(withoutEvidence(r)).as(id).isEqualTo(withoutEvidence(before));
            }
        }
        assertThat(checked).isPositive();
        assertThat(result.exitCode()).isIn(ExitCode.OK, ExitCode.FAILED);
    }

    private static JsonNode withoutEvidence(JsonNode result) {
        com.fasterxml.jackson.databind.node.ObjectNode copy = result.deepCopy();
        copy.remove("evidence");
        return copy;
    }

    private static JsonNode find(JsonNode report, String ruleId) {
        for (JsonNode r : report.get("results")) {
            if (r.get("ruleId").asText().equals(ruleId)) {
                return r;
            }
        }
        throw new AssertionError("no result for " + ruleId);
    }

    @Test
    void theTokenComesFromAFileWhenGiven() throws IOException {
        Path tokenFile = dir.resolve("token");
        Files.writeString(tokenFile, TOKEN + "\n");

        CliRun result = CliRun.of(Map.of(), gitlabArgs("snapshot", "--token-file", tokenFile.toString(),
                "--output", dir.resolve("s.json").toString()));

        assertThat(result.exitCode()).isZero();
        // REST: PRIVATE-TOKEN; GraphQL: Authorization: Bearer (doc/api/graphql/_index.md, "Header authentication")
        assertThat(gitlab.requests()).allSatisfy(r -> assertThat(r.getUrl().equals("/api/graphql")
                ? r.getHeader("Authorization") : "Bearer " + r.getHeader("PRIVATE-TOKEN")).isEqualTo("Bearer " + TOKEN));
    }

    @Test
    void withoutATokenTheCommandSaysHowToGiveOne() throws IOException {
        CliRun none = CliRun.of(Map.of(), gitlabArgs("check"));
        Files.writeString(dir.resolve("empty"), "  \n");
        CliRun empty = CliRun.of(Map.of(), gitlabArgs("check", "--token-file", dir.resolve("empty").toString()));
        CliRun missing = CliRun.of(Map.of(), gitlabArgs("check", "--token-file", dir.resolve("nope").toString()));

        assertThat(none.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(none.err()).isEqualTo("psdm: no GitLab token: set GITLAB_TOKEN or pass --token-file FILE "
                + "(a token with the read_api scope)" + System.lineSeparator());
        assertThat(empty.err()).contains("is empty");
        assertThat(missing.err()).contains("no such file");
        assertThat(gitlab.requestCount()).isZero();
    }

    @Test
    void checkTakesExactlyOneSource() {
        CliRun both = run(gitlabArgs("check", "--snapshot", SAMPLE.toString()));
        CliRun neither = run("check");
        CliRun halfGitLab = run("check", "--gitlab-url", gitlab.baseUrl());

        assertThat(both.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(both.err()).isEqualTo("psdm: give either --snapshot FILE or --gitlab-url URL --project PATH_OR_ID, "
                + "not both" + System.lineSeparator());
        assertThat(neither.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(neither.err()).isEqualTo("psdm: nothing to check: give --snapshot FILE, or --gitlab-url URL "
                + "--project PATH_OR_ID" + System.lineSeparator());
        assertThat(halfGitLab.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(halfGitLab.err()).contains("--project");
        assertThat(gitlab.requestCount()).isZero();
    }

    @Test
    void aBadGitLabUrlIsAUserError() {
        CliRun result = run("snapshot", "--gitlab-url", "gitlab.example.com", "--project", "a/b", "--output", "x.json");

        assertThat(result.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(result.err()).startsWith("psdm: the GitLab URL must start with https:// or http://").hasLineCount(1);
    }

    /** The ids of the rules whose metadata says they need this resource. */
    private static Set<String> requiring(String resource) {
        return dev.psdm.engine.PsdmEngine.builder().build().rules().stream()
                .filter(r -> r.requires().contains(resource)).map(dev.psdm.report.RuleDescriptor::id)
                .collect(java.util.stream.Collectors.toSet());
    }
}
