package dev.psdm.cli;

import dev.psdm.gitlab.fake.FakeGitLab;
import dev.psdm.gitlab.fake.FakeIssueWrites;
import dev.psdm.gitlab.fake.GitLabFixtures;
import dev.psdm.model.Snapshot;
import dev.psdm.model.json.SnapshotJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code psdm publish} and {@code psdm check --publish} end to end (issue 30): the large sample read from a
 * GitLab fake on 127.0.0.1, the compliance issue written to a fake that remembers its writes, requests counted.
 */
class PublishCommandTest {
    private static final String TOKEN = "glpat-PUBLISH-TOKEN-4f3e2d1c0b";
    private static final String CONTROL_SECRET = "control-secret-7a6b5c4d3e";
    private static final Path SAMPLE = Path.of("..", "examples", "snapshots", "large-project.json");
    private static final String AS_OF = "2026-05-15T12:00:00Z";

    private String asOf = AS_OF;
    private FakeGitLab reads;
    private FakeIssueWrites gitlab;
    private String project;

    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
    }

    @BeforeEach
    void start() {
        Snapshot sample = SnapshotJson.read(SAMPLE);
        project = sample.project().pathWithNamespace();
        reads = FakeGitLab.start();
        reads.serve(GitLabFixtures.fromSnapshot(sample));
        gitlab = new FakeIssueWrites().readsFrom(reads.baseUrl()).controlSecret(CONTROL_SECRET);
    }

    @AfterEach
    void stop() {
        gitlab.close();
        reads.close();
    }

    private Result run(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 5];
        System.arraycopy(new String[] {args[0], "--gitlab-url", gitlab.baseUrl(), "--project", project, "--as-of=" + asOf},
                0, all, 0, 6);
        System.arraycopy(args, 1, all, 6, args.length - 1);
        int code = PsdmCli.run(all, new PrintWriter(out), new PrintWriter(err), env);
        return new Result(code, out.toString(), err.toString());
    }

    private Result publish(String... extra) {
        String[] args = new String[extra.length + 3];
        args[0] = "publish";
        args[1] = "-q";
        args[2] = "--format=markdown=" + dir.resolve("report.md");
        System.arraycopy(extra, 0, args, 3, extra.length);
        return run(Map.of("GITLAB_TOKEN", TOKEN, "PSDM_CONTROL_SECRET", CONTROL_SECRET), args);
    }

    @Test
    void aDryRunPrintsEachRequestItWouldSendAndWritesNothing() {
        Result result = publish();

        assertThat(result.err()).contains("psdm: dry run: POST /projects/" + GitLabPath.encode(project)
                + "/issues: create issue \"PSDM compliance\" with the report (")
                .contains("psdm: dry run: 1 write not sent (").contains("give --apply to send it");
        assertThat(gitlab.writes()).isZero();
        assertThat(gitlab.issues()).isEmpty();
        assertThat(result.code()).isEqualTo(1); // the large sample fails the gate: the check's exit code stands
        assertThat(dir.resolve("report.md")).exists();
    }

    @Test
    void applyCreatesTheIssueOnceAndAnUnchangedRerunWritesNothing() throws Exception {
        Result first = publish("--apply");
        assertThat(first.err()).contains("psdm: compliance issue created #1 ");
        assertThat(gitlab.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.path("labels").toString()).isEqualTo("[\"PSDM::failing\"]");
            assertThat(issue.path("description").asText()).contains(Files.readString(dir.resolve("report.md")).strip());
        });
        long firstRequests = gitlab.requests().size();
        gitlab.resetRequests();

        Result second = publish("--apply");

        assertThat(second.err()).contains("psdm: compliance issue unchanged #1 ").contains(": 0 writes, ");
        assertThat(gitlab.writes()).isZero();
        assertThat(gitlab.requests().size()).isEqualTo(firstRequests - 1);
        assertThat(second.code()).isEqualTo(1);
    }

    /**
     * The numbers in docs/PERFORMANCE.md: a publish of the large sample (93 issues) after the check's 10 reads costs
     * 2 requests more and 0 writes when nothing changed; when the outcome changed (a later as-of: other findings,
     * other failing rules) 3 more reads and 3 writes: the note, the description, the external control.
     */
    @Test
    void requestCountsOfAPublishOnAnUnchangedAndOnAChangedProject() {
        publish("--apply", "--external-control", "7");
        gitlab.resetRequests();
        publish("--apply");
        List<String> unchanged = gitlab.requests();
        gitlab.resetRequests();
        asOf = "2026-07-15T12:00:00Z";
        publish("--apply", "--external-control", "7");
        List<String> changed = gitlab.requests();

        assertThat(gitlab.notes(1)).singleElement();
        assertThat(unchanged).hasSize(12).filteredOn(r -> !r.startsWith("GET ") && !r.equals("POST /api/graphql")).isEmpty();
        assertThat(changed).hasSize(16).filteredOn(r -> !r.startsWith("GET ") && !r.equals("POST /api/graphql"))
                .extracting(r -> r.replaceAll(" .*/(issues|notes|status)(/\\d+)?$", " $1"))
                .containsExactly("POST notes", "PUT issues", "PATCH status");
    }

    @Test
    void remindersGoOnTheOffendingIssuesOncePerCadenceAndUnderTheCap() {
        gitlab.noteTime(java.time.Instant.parse(AS_OF));
        Result first = publish("--apply", "--remind", "PSDM-RAID-002,PSDM-WGT-001", "--max-notes", "3", "--pm", "pm-jane");

        assertThat(first.err()).contains("psdm: reminders: 3 posted, 0 reminded within 7 days, 1 left for a later run"
                + " by --max-notes 3");
        assertThat(gitlab.notes(89)).singleElement().satisfies(n -> assertThat(n.path("body").asText())
                .contains("**PSDM-RAID-002** ").contains("How to fix: ").contains("```\n/assign @")
                .endsWith("<!-- psdm-check:reminder rule=PSDM-RAID-002 -->").startsWith("@"));
        gitlab.resetRequests();

        Result next = publish("--apply", "--remind", "PSDM-RAID-002,PSDM-WGT-001", "--max-notes", "3", "--pm", "pm-jane");

        assertThat(next.err()).contains("psdm: reminders: 1 posted, 3 reminded within 7 days, 0 left");
        assertThat(gitlab.requests()).filteredOn(r -> r.startsWith("POST /api/v4/")).hasSize(1);
        // only the offending issues' notes are read
        assertThat(gitlab.requests()).filteredOn(r -> r.endsWith("/notes") && r.startsWith("GET"))
                .allMatch(r -> r.matches(".*/issues/(89|91|69|81)/notes"));
    }

    @Test
    void checkWithPublishIsTheSameAsPublish() {
        Result result = run(Map.of("GITLAB_TOKEN", TOKEN), "check", "-q", "--publish", "--apply", "--format=json="
                + dir.resolve("r.json"));

        assertThat(result.err()).contains("psdm: compliance issue created #1");
        assertThat(gitlab.issues()).hasSize(1);
    }

    @Test
    void aTokenWithoutTheApiScopeGetsOneLineAndExit2ButTheReportsAreWritten() {
        gitlab.scopes("read_api", "read_user");

        Result result = publish("--apply");

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err().strip()).isEqualTo("psdm: the token has the scopes read_api, read_user but psdm publish"
                + " writes to GitLab and needs the api scope (a project access token with the api scope and the Reporter"
                + " role; docs/publish.md)");
        assertThat(gitlab.writes()).isZero();
        assertThat(dir.resolve("report.md")).exists();
    }

    @Test
    void theExternalControlGetsTheGateVerdictSignedAndNoSecretReachesAnyOutput() throws Exception {
        Result result = publish("--apply", "--external-control", "7", "--verbose");

        assertThat(gitlab.controlStatuses()).containsExactly("fail");
        String everything = result.out() + result.err() + Files.readString(dir.resolve("report.md"))
                + gitlab.state();
        assertThat(everything).doesNotContain(TOKEN).doesNotContain(CONTROL_SECRET);
    }

    @Test
    void aWrongControlSecretIsRefusedByGitLabWithOneLineAndExit2() throws Exception {
        Path secretFile = dir.resolve("control-secret");
        Files.writeString(secretFile, "not-the-control-secret\n");

        Result result = publish("--apply", "--external-control", "7", "--control-secret-file", secretFile.toString());

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("401").doesNotContain("not-the-control-secret").doesNotContain(TOKEN);
        assertThat(gitlab.controlStatuses()).isEmpty();
    }

    @Test
    void publishingNeedsAGitLabProject() {
        StringWriter err = new StringWriter();
        int code = PsdmCli.run(new String[] {"publish", "--snapshot", SAMPLE.toString()}, new PrintWriter(new StringWriter()),
                new PrintWriter(err), Map.of());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("publishing writes to a GitLab project: give --gitlab-url URL --project");
    }

    /** The project path as one URL path segment, as psdm sends it. */
    private static final class GitLabPath {
        static String encode(String path) {
            return dev.psdm.gitlab.GitLabConnection.encodePathSegment(path);
        }
    }
}
