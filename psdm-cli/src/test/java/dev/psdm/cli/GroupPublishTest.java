package dev.psdm.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.psdm.gitlab.fake.FakeGitLab;
import dev.psdm.gitlab.fake.FakeIssueWrites;
import dev.psdm.gitlab.fake.GitLabFixtures;
import dev.psdm.gitlab.fake.GitLabProject;
import dev.psdm.model.Snapshot;
import dev.psdm.model.json.SnapshotJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code psdm publish --group G} (issue 30 item 1): every project of a group read from a GitLab fake on 127.0.0.1
 * (the two samples as projects of their own, {@link PortfolioScanTest#renamed}), each project's compliance issue
 * and the portfolio summary issue written to a fake that keeps issues per project, requests counted.
 */
class GroupPublishTest {
    private static final String TOKEN = "glpat-GROUP-PUBLISH-7c6b5a4d3e";
    private static final String GROUP = "ps/customers";
    private static final String SUMMARY = "ps/pmo";

    private FakeGitLab reads;
    private FakeIssueWrites gitlab;
    private final List<String> paths = new ArrayList<>();

    record Result(int code, String err) {
    }

    private void serve(int count) {
        Snapshot large = SnapshotJson.read(CliRunner.LARGE);
        Snapshot small = SnapshotJson.read(CliRunner.SMALL);
        reads = FakeGitLab.start();
        List<GitLabProject> projects = new ArrayList<>();
        for (int k = 1; k <= count; k++) {
            Snapshot s = PortfolioScanTest.renamed(k % 2 == 0 ? small : large, k, GROUP + "/customer-" + k, false);
            paths.add(s.project().pathWithNamespace());
            projects.add(GitLabFixtures.fromSnapshot(s));
        }
        reads.serveGroup(GROUP, projects);
        projects.forEach(reads::serve);
        gitlab = new FakeIssueWrites().readsFrom(reads.baseUrl());
    }

    @AfterEach
    void stop() {
        if (gitlab != null) {
            gitlab.close();
        }
        if (reads != null) {
            reads.close();
        }
    }

    private Result publish(String... extra) {
        List<String> args = new ArrayList<>(List.of("publish", "-q", "--gitlab-url", gitlab.baseUrl(), "--group", GROUP,
                "--as-of=2026-05-15T12:00:00Z"));
        args.addAll(List.of(extra));
        StringWriter err = new StringWriter();
        int code = PsdmCli.run(args.toArray(String[]::new), new PrintWriter(new StringWriter()), new PrintWriter(err),
                Map.of("GITLAB_TOKEN", TOKEN));
        return new Result(code, err.toString());
    }

    private static String encoded(String path) {
        return path.replace("/", "%2F");
    }

    @Test
    void publishesEachProjectsIssueAndOnePortfolioSummaryThenNothingWhenUnchanged() {
        serve(4);

        Result first = publish("--apply", "--summary-project", SUMMARY);

        assertThat(first.code()).as(first.err()).isEqualTo(ExitCode.FAILED); // the large sample fails the gate
        for (int k = 0; k < paths.size(); k++) {
            List<ObjectNode> issues = gitlab.issues(encoded(paths.get(k)));
            assertThat(issues).as(paths.get(k)).singleElement().satisfies(issue -> {
                assertThat(issue.path("title").asText()).isEqualTo("PSDM compliance");
                assertThat(issue.path("description").asText()).startsWith("<!-- psdm-check:compliance-issue ");
            });
            assertThat(issues.get(0).path("labels").toString()).isEqualTo(k % 2 == 0 ? "[\"PSDM::failing\"]"
                    : "[\"PSDM::at risk\"]"); // projects 1, 3: large; 2, 4: small (fails below the gate)
            assertThat(first.err()).contains("psdm: " + paths.get(k) + ": compliance issue created #1, 1 write");
        }
        assertThat(gitlab.issues(encoded(SUMMARY))).singleElement().satisfies(summary -> {
            assertThat(summary.path("title").asText()).isEqualTo("PSDM portfolio compliance");
            assertThat(summary.path("labels").toString()).isEqualTo("[\"PSDM::failing\"]");
            assertThat(summary.path("description").asText()).startsWith("<!-- psdm-check:portfolio-issue ")
                    .contains(paths.get(0), paths.get(3)).doesNotContain("psdm-check:compliance-issue");
        });
        assertThat(first.err()).contains("psdm: " + SUMMARY + ": portfolio summary issue created #1, 1 write",
                "psdm: published 4 projects: 5 writes, ").doesNotContain(TOKEN);
        gitlab.resetRequests();

        Result second = publish("--apply", "--summary-project", SUMMARY);

        assertThat(second.err()).contains("psdm: published 4 projects: 0 writes, ");
        assertThat(gitlab.writes()).isZero();
        assertThat(gitlab.issues()).hasSize(5);
    }

    @Test
    void aDryRunOfAGroupPrintsEveryWriteAndSendsNone() {
        serve(2);

        Result dry = publish("--summary-project", SUMMARY);

        assertThat(dry.err()).contains("psdm: dry run: POST /projects/" + encoded(paths.get(0)) + "/issues: create issue",
                "psdm: dry run: POST /projects/" + encoded(paths.get(1)) + "/issues: create issue",
                "psdm: dry run: POST /projects/" + encoded(SUMMARY) + "/issues: create issue \"PSDM portfolio compliance\"",
                "psdm: dry run: 3 writes not sent for 2 projects");
        assertThat(gitlab.writes()).isZero();
    }

    /** Issue 30: one conventions file for the scan, its publish: section for every project; its reminders not sent. */
    @Test
    void aGroupPublishTakesTheFilesSettingsButSendsNoReminders(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        serve(2);
        java.nio.file.Path config = java.nio.file.Files.writeString(dir.resolve("team.yml"), """
                publish:
                  confidential: true
                  postureLabels: ['Health::ok', 'Health::watch', 'Health::red']
                  remind: [PSDM-RAID-002]
                """);

        Result result = publish("--apply", "--config", config.toString());

        assertThat(result.err()).contains("psdm: note: reminders (.psdm.yml's publish.remind) are one project's: a --group"
                + " publish posts none");
        assertThat(gitlab.issues(encoded(paths.get(0)))).singleElement().satisfies(issue -> {
            assertThat(issue.path("labels").toString()).isEqualTo("[\"Health::red\"]");
            assertThat(issue.path("confidential").asBoolean()).isTrue();
        });
        assertThat(gitlab.issues(encoded(paths.get(1))).get(0).path("labels").toString()).isEqualTo("[\"Health::watch\"]");
        assertThat(gitlab.requests()).filteredOn(r -> r.endsWith("/notes")).isEmpty();
    }

    @Test
    void whatAGroupPublishCannotDoIsRefusedBeforeAnythingIsRead() {
        serve(1);
        assertThat(publish("--remind", "PSDM-RAID-002")).satisfies(r -> {
            assertThat(r.code()).isEqualTo(ExitCode.ERROR);
            assertThat(r.err()).contains("--remind posts on one project's issues: give --project, not --group");
        });
        assertThat(publish("--external-control", "7").err())
                .contains("--external-control is one project's control: publish it with --project, not --group");
        assertThat(gitlab.requests()).isEmpty();

        StringWriter err = new StringWriter();
        int code = PsdmCli.run(new String[] {"publish", "-q", "--gitlab-url", gitlab.baseUrl(), "--project", paths.get(0),
                "--summary-project", SUMMARY}, new PrintWriter(new StringWriter()), new PrintWriter(err),
                Map.of("GITLAB_TOKEN", TOKEN));
        assertThat(code).isEqualTo(ExitCode.ERROR);
        assertThat(err.toString()).contains("--summary-project is the portfolio summary of a --group publish");
    }

    /**
     * The numbers in docs/PERFORMANCE.md: a group of 50 projects published under one pacer. Every request, read or
     * write, goes through the scan's pacer: 50 projects' requests at 6,000 a minute (a slot every 10 ms) cannot
     * span less than (requests - 1) x 10 ms, whatever --parallel-projects does (a lower bound, never flaky).
     */
    @Test
    void aGroupPublishOfFiftyProjectsStaysWithinTheSharedPacer() {
        serve(50);

        Result first = publish("--apply", "--summary-project", SUMMARY, "--max-requests-per-minute", "6000",
                "--parallel-projects", "8");

        assertThat(first.err()).contains("psdm: published 50 projects: 51 writes, ");
        List<String> requests = gitlab.requests();
        List<Long> at = gitlab.requestNanos();
        long spanMillis = (at.stream().mapToLong(Long::longValue).max().orElseThrow()
                - at.stream().mapToLong(Long::longValue).min().orElseThrow()) / 1_000_000;
        long writes = gitlab.writes();
        System.out.printf("group publish of 50 projects (first): %d requests (%d writes, %d reads) in %d ms%n",
                requests.size(), writes, requests.size() - writes, spanMillis);
        assertThat(writes).isEqualTo(51);
        // one request every 10 ms at most, less one slot of slack for the first request's own way in
        assertThat(spanMillis).isGreaterThanOrEqualTo((requests.size() - 2) * 10L);
        gitlab.resetRequests();

        Result second = publish("--apply", "--summary-project", SUMMARY, "--max-requests-per-minute", "6000",
                "--parallel-projects", "8");

        assertThat(second.err()).contains("psdm: published 50 projects: 0 writes, ");
        System.out.printf("group publish of 50 projects (unchanged): %d requests, %d writes%n", gitlab.requests().size(),
                gitlab.writes());
        assertThat(gitlab.writes()).isZero();
    }
}
