package dev.psdm.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.psdm.gitlab.fake.FakeGitLab;
import dev.psdm.gitlab.fake.FakeIssueWrites;
import dev.psdm.gitlab.fake.GitLabFixtures;
import dev.psdm.model.Issue;
import dev.psdm.model.Snapshot;
import dev.psdm.model.json.SnapshotJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code .psdm.yml}'s {@code publish:} section reaching GitLab (issue 30: assignee, confidentiality and posture labels
 * of the compliance issue and reminders, "opt-in per rule in .psdm.yml"): the large sample read from a GitLab fake on
 * 127.0.0.1, the writes landing in a fake that remembers them; an option on the command line wins over the file.
 */
class PublishSettingsCliTest {
    private static final String TOKEN = "glpat-PUBLISH-SETTINGS-9e8d7c6b5a";
    private static final Path SAMPLE = Path.of("..", "examples", "snapshots", "large-project.json");
    private static final String AS_OF = "2026-05-15T12:00:00Z";
    private static final String TEAM_FILE = """
            publish:
              assignee: '@pm-jane'
              confidential: true
              postureLabels: ['Health::ok', 'Health::watch', 'Health::red']
            """;

    private Snapshot sample;
    private FakeGitLab reads;
    private FakeIssueWrites gitlab;

    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
    }

    @BeforeEach
    void start() {
        sample = SnapshotJson.read(SAMPLE);
        reads = FakeGitLab.start();
        reads.serve(GitLabFixtures.fromSnapshot(sample));
        gitlab = new FakeIssueWrites().readsFrom(reads.baseUrl());
        gitlab.noteTime(java.time.Instant.parse(AS_OF));
    }

    @AfterEach
    void stop() {
        gitlab.close();
        reads.close();
    }

    private Result publish(String conventions, String... extra) throws IOException {
        Path config = dir.resolve("team.psdm.yml");
        Files.writeString(config, conventions);
        List<String> args = new ArrayList<>(List.of("publish", "-q", "--gitlab-url", gitlab.baseUrl(), "--project",
                sample.project().pathWithNamespace(), "--as-of=" + AS_OF, "--config", config.toString(),
                "--format=json=" + dir.resolve("report.json")));
        args.addAll(List.of(extra));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PsdmCli.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err),
                Map.of("GITLAB_TOKEN", TOKEN));
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void theFilesAssigneeConfidentialityAndPostureLabelsReachTheIssueGitLabCreates() throws IOException {
        Result result = publish(TEAM_FILE, "--apply");

        assertThat(result.err()).contains("psdm: compliance issue created #1");
        assertThat(gitlab.usernamesLookedUp()).containsExactly("pm-jane");
        assertThat(gitlab.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.path("labels").toString()).isEqualTo("[\"Health::red\"]"); // the large sample fails its gate
            assertThat(issue.path("confidential").asBoolean()).isTrue();
            assertThat(issue.path("assignees").findValuesAsText("id")).containsExactly("77"); // the fake's id of pm-jane
        });
        assertThat(gitlab.labels()).extracting(l -> l.path("name").asText()).doesNotContain("PSDM::failing");
    }

    @Test
    void theDryRunShowsTheFilesSettingsInTheRequestItWouldSend() throws IOException {
        Result result = publish(TEAM_FILE);

        assertThat(result.err()).containsPattern("psdm: dry run: POST /projects/[^ ]+/issues: create issue \"PSDM compliance\""
                + " with the report \\(\\d+ characters\\), label Health::red, assignee @pm-jane, confidential\n");
        assertThat(gitlab.writes()).isZero();
    }

    @Test
    void anOptionOnTheCommandLineWinsOverTheFile() throws IOException {
        Result result = publish(TEAM_FILE + "  issueTitle: 'Compliance by the file'\n", "--apply", "--no-confidential",
                "--assignee", "pm-joe", "--posture-labels", "State::green,State::amber,State::red");

        assertThat(result.code()).isEqualTo(1);
        assertThat(gitlab.usernamesLookedUp()).containsExactly("pm-joe");
        assertThat(gitlab.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.path("title").asText()).isEqualTo("Compliance by the file"); // not given: the file's
            assertThat(issue.path("labels").toString()).isEqualTo("[\"State::red\"]");
            assertThat(issue.path("confidential").asBoolean()).isFalse();
        });
    }

    @Test
    void anEmptyAssigneeOnTheCommandLineAssignsNobodyWhateverTheFileSays() throws IOException {
        publish(TEAM_FILE, "--apply", "--assignee", "");

        assertThat(gitlab.usernamesLookedUp()).isEmpty();
        assertThat(gitlab.issues()).singleElement().satisfies(issue -> assertThat(issue.path("assignees")).isEmpty());
    }

    /**
     * The large sample fails PSDM-RAID-002 and PSDM-WGT-001 on issues; the file opts in to the first only, so only
     * its offending issues get a note, mentioning the file's pm where nobody is assigned, capped by the file.
     */
    @Test
    void aReminderOptInFromTheFileNotesOnlyThatRulesIssues() throws IOException {
        Result result = publish("""
                publish:
                  remind: [PSDM-RAID-002]
                  remindEveryDays: 3
                  maxNotes: 50
                  pm: pm-jane
                """, "--apply");

        Set<Long> raid = offendingIssues("PSDM-RAID-002");
        Set<Long> weights = offendingIssues("PSDM-WGT-001");
        assertThat(raid).isNotEmpty();
        assertThat(weights).isNotEmpty().doesNotContainAnyElementsOf(raid);
        Set<Long> noted = new TreeSet<>();
        for (Issue issue : sample.issues()) {
            gitlab.notes(issue.iid()).forEach(note -> {
                noted.add(issue.iid());
                assertThat(note.path("body").asText()).contains("**PSDM-RAID-002** ")
                        .endsWith("<!-- psdm-check:reminder rule=PSDM-RAID-002 -->");
            });
        }
        assertThat(noted).isEqualTo(raid);
        // the cap is named where it was set: the file, not an option nobody gave
        assertThat(result.err()).contains("psdm: reminders: " + raid.size() + " posted, 0 reminded within 3 days, 0 left"
                + " for a later run by publish.maxNotes: 50 in " + dir.resolve("team.psdm.yml") + "\n");
    }

    @Test
    void theReminderSummaryNamesTheDefaultCapWhenNeitherTheFileNorAnOptionSetsIt() throws IOException {
        Result result = publish("publish:\n  remind: [PSDM-RAID-002]\n");

        assertThat(result.err()).contains(" would be posted, 0 reminded within 7 days, 0 left for a later run by the"
                + " default cap of 20 (--max-notes or publish.maxNotes sets it)\n");
    }

    @Test
    void remindOnTheCommandLineReplacesTheFilesRulesAndMaxNotesCapsThem() throws IOException {
        Result result = publish("publish:\n  remind: [PSDM-RAID-002]\n  maxNotes: 50\n", "--apply", "--remind",
                "PSDM-WGT-001", "--max-notes", "1");

        assertThat(result.err()).contains("psdm: reminders: 1 posted, 0 reminded within 7 days, "
                + (offendingIssues("PSDM-WGT-001").size() - 1) + " left for a later run by --max-notes 1");
        for (long iid : offendingIssues("PSDM-RAID-002")) {
            assertThat(gitlab.notes(iid)).as("issue #%d of the file's rule", iid).isEmpty();
        }
    }

    @Test
    void aRuleIdThatDoesNotExistIsOneLineWithExit2() throws IOException {
        Result fromFile = publish("publish:\n  remind:\n    - PSDM-RAID-022\n");
        assertThat(fromFile.code()).isEqualTo(2);
        assertThat(fromFile.err().strip()).endsWith("team.psdm.yml:2: publish.remind: unknown rule id 'PSDM-RAID-022'"
                + " (psdm rules lists the ids)");

        Result fromOption = publish("", "--remind", "PSDM-RAID-022");
        assertThat(fromOption.code()).isEqualTo(2);
        assertThat(fromOption.err().strip()).isEqualTo("psdm: --remind: unknown rule id 'PSDM-RAID-022' (psdm rules lists the ids)");
        assertThat(gitlab.writes()).isZero();
    }

    /** Subjects (issue iids) of the rule's findings that count, from the JSON report the publish wrote. */
    private Set<Long> offendingIssues(String ruleId) throws IOException {
        JsonNode report = new ObjectMapper().readTree(dir.resolve("report.json").toFile());
        Set<Long> iids = new TreeSet<>();
        for (JsonNode result : report.path("results")) {
            if (result.path("ruleId").asText().equals(ruleId)) {
                for (JsonNode finding : result.path("findings")) {
                    if (finding.path("subject").path("type").asText().equals("issue")
                            && !finding.has("waiver") && !"KNOWN".equals(finding.path("baseline").asText())) {
                        iids.add(finding.path("subject").path("iid").asLong());
                    }
                }
            }
        }
        return iids;
    }
}
