package dev.psdm.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.psdm.gitlab.fake.FakeGitLab;
import dev.psdm.gitlab.fake.FakeGitLab.Endpoint;
import dev.psdm.gitlab.fake.FakeGitLabExtension;
import dev.psdm.gitlab.fake.GitLabFixtures;
import dev.psdm.gitlab.fake.GitLabProject;
import dev.psdm.model.Group;
import dev.psdm.model.Project;
import dev.psdm.model.Snapshot;
import dev.psdm.model.Source;
import dev.psdm.model.json.SnapshotJson;
import dev.psdm.report.testing.OutputValidators;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code psdm check --gitlab-url URL --group PATH} against a GitLab-shaped fake on 127.0.0.1: a PS group
 * of 29 collaboration projects in subgroups (built from the two samples), 2 of them archived, 2 that
 * cannot be read (403 on the project, 500 on its issues).
 */
class PortfolioScanTest {
    static final String TOKEN = "glpat-PORTFOLIO-3e2d1c0b9a";
    static final String GROUP = "ps/customers";
    static final int SERVED = 29;
    static final Set<Integer> ARCHIVED = Set.of(7, 21);
    static final int FORBIDDEN = 5;
    static final int BROKEN = 18;
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final FakeGitLabExtension gitlab = FakeGitLabExtension.start();
    static List<GitLabProject> projects;

    @TempDir
    Path dir;

    @BeforeAll
    static void buildTheGroup() {
        Snapshot large = SnapshotJson.read(CliRunner.LARGE);
        Snapshot small = SnapshotJson.read(CliRunner.SMALL);
        projects = new ArrayList<>();
        for (int k = 1; k <= SERVED; k++) {
            String subgroup = k % 3 == 0 ? "emea/customer-" + k : "customer-" + k;
            projects.add(GitLabFixtures.fromSnapshot(renamed(k % 2 == 0 ? small : large, k, GROUP + "/" + subgroup,
                    ARCHIVED.contains(k))));
        }
    }

    /** A sample as project {@code k} of its own (sub)group: ids and paths changed, content as is. */
    static Snapshot renamed(Snapshot s, int k, String groupPath, boolean archived) {
        long id = 10_000 + k;
        String path = groupPath + "/collaboration";
        Project p = new Project(id, "Customer " + k + " collaboration", path, s.project().description(),
                "https://gitlab.example.com/" + path, s.project().createdAt(), archived);
        Group g = new Group(20_000 + k, groupPath.substring(groupPath.lastIndexOf('/') + 1), groupPath,
                "https://gitlab.example.com/groups/" + groupPath);
        return new Snapshot(s.schema(), new Source("https://gitlab.example.com", path, id, groupPath), s.fetchedAt(), p, g,
                s.iterations(), s.milestones(), s.labels(), s.issues(), s.epics(), s.boards(), s.wikiPages(), s.gaps());
    }

    /** The extension has reset the fake before each test; it serves the group again. */
    @BeforeEach
    void serveTheGroup() {
        projects.forEach(gitlab::serve);
        gitlab.serveGroup(GROUP, projects);
    }

    private void breakTwoProjects() {
        gitlab.failAlways("/api/v4/projects/" + projects.get(FORBIDDEN - 1).id(), FakeGitLab.error(403, "403 Forbidden"));
        // the project itself failing: nothing of it can be read (a failing resource only makes its report incomplete)
        gitlab.failAlways("/api/v4/projects/" + projects.get(BROKEN - 1).id(), FakeGitLab.serverError());
    }

    private CliRun scan(String... extra) {
        List<String> args = new ArrayList<>(List.of("check", "--gitlab-url", gitlab.baseUrl(), "--group", GROUP,
                "--max-requests-per-minute", "100000", "--as-of", "2026-05-15T12:00:00Z"));
        if (!List.of(extra).contains("--max-attempts")) {
            args.addAll(List.of("--max-attempts", "1"));
        }
        args.addAll(List.of(extra));
        return CliRun.of(Map.of(GitLabFetch.TOKEN_VARIABLE, TOKEN), args.toArray(String[]::new));
    }

    @Test
    void checksEveryUnarchivedProjectOfTheGroupAndItsSubgroupsInOneReport() throws Exception {
        CliRun r = scan("--format", "json");

        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.FAILED);
        JsonNode json = JSON.readTree(r.out());
        assertThat(json.get("schema").asText()).isEqualTo("psdm-portfolio/1");
        assertThat(json.get("group").asText()).isEqualTo(GROUP);
        assertThat(json.at("/totals/projects").asInt()).isEqualTo(27);
        assertThat(json.at("/totals/checked").asInt()).isEqualTo(27);
        List<String> paths = new ArrayList<>();
        json.get("projects").forEach(p -> {
            paths.add(p.get("path").asText());
            assertThat(p.at("/report/schema").asText()).isEqualTo("psdm-report/1");
            assertThat(p.at("/report/project/path").asText()).isEqualTo(p.get("path").asText());
        });
        assertThat(paths).hasSize(27).isSorted()
                .contains(GROUP + "/emea/customer-3/collaboration", GROUP + "/customer-1/collaboration")
                .doesNotContain(GROUP + "/customer-7/collaboration", GROUP + "/emea/customer-21/collaboration");
        // the large sample fails at ERROR (no Iteration 0), the small one passes
        assertThat(json.get("projects").get(0).get("highestFailure").asText()).isEqualTo("ERROR");
    }

    @Test
    void aProjectThatCannotBeReadIsReportedAndTheOthersAreStillChecked() throws Exception {
        breakTwoProjects();

        CliRun r = scan("--format", "json");

        assertThat(r.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(r.err()).contains("2 of 27 projects could not be read").doesNotContain(TOKEN);
        // issue 22 item 10: each failed project's line on stderr says why, without --verbose
        assertThat(r.err().lines().filter(l -> l.startsWith("psdm: could not check ")))
                .anySatisfy(l -> assertThat(l).startsWith("psdm: could not check " + GROUP + "/customer-5/collaboration: ")
                        .contains("403"))
                .anySatisfy(l -> assertThat(l).startsWith("psdm: could not check " + GROUP
                        + "/emea/customer-18/collaboration: ").contains("500"));
        JsonNode json = JSON.readTree(r.out());
        assertThat(json.at("/totals/checked").asInt()).isEqualTo(25);
        assertThat(json.at("/totals/notRead").asInt()).isEqualTo(2);
        List<String> errors = new ArrayList<>();
        json.get("projects").forEach(p -> {
            if (p.has("error")) {
                errors.add(p.get("path").asText() + ": " + p.get("error").asText());
                assertThat(p.has("report")).isFalse();
            }
        });
        assertThat(errors).hasSize(2);
        assertThat(errors).anySatisfy(e -> assertThat(e).startsWith(GROUP + "/customer-5/collaboration: ").contains("403"));
        assertThat(errors).anySatisfy(e -> assertThat(e).startsWith(GROUP + "/emea/customer-18/collaboration: ").contains("500"));
        assertThat(String.join("\n", errors)).doesNotContain(TOKEN);
    }

    @Test
    void writesTheCombinedReportInEveryFormat() throws Exception {
        breakTwoProjects();
        Path text = dir.resolve("portfolio.txt");
        Path markdown = dir.resolve("portfolio.md");
        Path html = dir.resolve("portfolio.html");
        Path junit = dir.resolve("portfolio.xml");
        Path sarif = dir.resolve("portfolio.sarif");
        Path codeQuality = dir.resolve("gl-code-quality.json");

        CliRun r = scan("--format", "text=" + text, "--format", "markdown=" + markdown, "--format", "html=" + html,
                "--format", "junit=" + junit, "--format", "sarif=" + sarif, "--format", "codequality=" + codeQuality);

        assertThat(r.exitCode()).isEqualTo(ExitCode.ERROR);
        String t = Files.readString(text);
        assertThat(t).startsWith("PSDM portfolio scan of group ps/customers at " + gitlab.baseUrl()
                + ": 27 projects, 25 checked, 2 not read.");
        assertThat(t).contains("not read: ").contains("==== " + GROUP + "/customer-1/collaboration ====");
        assertThat(t.split("\n==== ", -1)).hasSize(26);

        String md = Files.readString(markdown);
        assertThat(md.lines().filter(l -> l.startsWith("|[ps/customers/") || l.startsWith("|ps/customers/"))).hasSize(27);

        String page = Files.readString(html);
        assertThat(page).startsWith("<!DOCTYPE html>").contains("<section class=\"project\" id=\"project-1\">");
        assertThat(page.split("<section class=\"project\"", -1)).hasSize(26);
        assertThat(page.split("<body>", -1)).hasSize(2);

        String xml = Files.readString(junit);
        assertThat(OutputValidators.junitProblems(xml)).isEmpty();
        assertThat(xml.split("<testsuite ", -1)).hasSize(28);
        assertThat(xml).contains("<error message=");

        String log = Files.readString(sarif);
        assertThat(OutputValidators.sarifProblems(log)).isEmpty();
        JsonNode runs = JSON.readTree(log).get("runs");
        assertThat(runs).hasSize(27);
        assertThat(runs.findValues("executionSuccessful")).filteredOn(v -> !v.asBoolean()).hasSize(2);

        String cq = Files.readString(codeQuality);
        assertThat(OutputValidators.codeQualityProblems(cq)).isEmpty();
        Set<String> fingerprints = new HashSet<>();
        JsonNode issues = JSON.readTree(cq);
        issues.forEach(i -> fingerprints.add(i.get("fingerprint").asText()));
        assertThat(issues.size()).isPositive();
        assertThat(fingerprints).as("one fingerprint per finding and project").hasSize(issues.size());
    }

    @Test
    void readsProjectsWithBoundedConcurrencyAndNoRequestPerIssue() {
        CliRun r = scan("--parallel-projects", "3", "--format", "json", "-v");

        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.FAILED);
        List<LoggedRequest> requests = gitlab.requests();
        // the group listing, then per project: the project, its GitLab version, one page of issues, six other
        // resources and the GraphQL page naming the iterations' cadences
        assertThat(requests).hasSize(1 + 27 * 10);
        assertThat(requests).noneMatch(q -> q.getUrl().matches(".*/issues/\\d+.*"));
        assertThat(r.err()).contains("group ps/customers has 27 projects").contains("psdm: checked ");
        assertThat(r.err()).doesNotContain(TOKEN);
    }

    @Test
    void neverReadsMoreProjectsAtOnceThanAllowed() {
        gitlab.delayEveryAnswer(25);

        CliRun r = scan("--parallel-projects", "2", "--concurrency", "1", "--format", "json");

        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.FAILED);
        // two projects, one resource each at a time: two requests in flight, never more (and really two)
        assertThat(gitlab.maxRequestsInFlight()).isEqualTo(2);
    }

    @Test
    void aRateLimitedAnswerHoldsTheRequestsOfEveryProject() throws Exception {
        GitLabProject first = projects.get(0);
        gitlab.failFirst(FakeGitLab.path(first, Endpoint.ISSUES), FakeGitLab.rateLimited(2));

        CliRun r = scan("--parallel-projects", "2", "--concurrency", "1", "--max-attempts", "3", "--format", "json");

        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.FAILED);
        assertThat(JSON.readTree(r.out()).at("/totals/checked").asInt()).isEqualTo(27);
        // stderr is no terminal here: one plain line per project, as each is checked
        assertThat(r.err().lines().filter(l -> l.matches("psdm: checked ps/customers/\\S+: \\d+ rules failed")))
                .hasSize(27);
        List<LoggedRequest> requests = gitlab.requests();
        long throttledAt = requests.stream()
                .filter(q -> q.getUrl().startsWith(FakeGitLab.path(first, Endpoint.ISSUES)))
                .findFirst().orElseThrow().getLoggedDate().getTime();
        // Retry-After: 2 holds the shared pacer for two seconds. The other reader may still send what it
        // had started before the 429 reached the client (first 300 ms left out, for slow machines); after
        // that nothing until the hold ends. Without the hold it would send a dozen or more.
        long duringTheHold = requests.stream()
                .mapToLong(q -> q.getLoggedDate().getTime())
                .filter(t -> t > throttledAt + 300 && t < throttledAt + 1_900)
                .count();
        assertThat(duringTheHold).isZero();
    }

    @Test
    void groupIsForCheckOnlyAndExclusiveWithProject() {
        CliRun both = scan("--project", "ps/customers/customer-1/collaboration");
        assertThat(both.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(both.err()).contains("give either --project or --group, not both");

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PsdmCli.run(new String[]{"snapshot", "--gitlab-url", gitlab.baseUrl(), "--group", GROUP, "-o",
                dir.resolve("s.json").toString()}, new PrintWriter(out), new PrintWriter(err),
                Map.of(GitLabFetch.TOKEN_VARIABLE, TOKEN));
        assertThat(code).isEqualTo(ExitCode.ERROR);
        assertThat(err.toString()).contains("--group checks a whole group and works with psdm check only");

        CliRun baseline = scan("--baseline", dir.resolve("b.json").toString());
        assertThat(baseline.exitCode()).isEqualTo(ExitCode.ERROR);
    }

    @Test
    void anUnknownGroupIsAOneLineError() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PsdmCli.run(new String[]{"check", "--gitlab-url", gitlab.baseUrl(), "--group", "ps/nobody"},
                new PrintWriter(out), new PrintWriter(err), Map.of(GitLabFetch.TOKEN_VARIABLE, TOKEN));
        assertThat(code).isEqualTo(ExitCode.ERROR);
        assertThat(err.toString()).contains("group 'ps/nobody' not found (404)").doesNotContain(TOKEN);
        assertThat(err.toString().strip().lines()).hasSize(1);
    }

    @Test
    void aGroupWithNoProjectIsAnErrorThatSaysWhyItMayBeEmpty() {
        // "0 projects, 0 checked" with exit 0 read as a green scan (issue 26 item 6)
        gitlab.serveGroup("ps/cusotmers", List.of());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PsdmCli.run(new String[]{"check", "--gitlab-url", gitlab.baseUrl(), "--group", "ps/cusotmers"},
                new PrintWriter(out), new PrintWriter(err), Map.of(GitLabFetch.TOKEN_VARIABLE, TOKEN));
        assertThat(code).isEqualTo(ExitCode.ERROR);
        assertThat(err.toString()).startsWith("psdm: group ps/cusotmers has no project to check (archived ones excluded):"
                + " check the group path").contains("member of").hasLineCount(1);
        assertThat(out.toString()).isEmpty();
    }

    /**
     * Issue 27 item 4 for a group scan: with {@code --audience customer} no output of the portfolio names the
     * title of a confidential issue. The large sample's #93 is confidential; reopened, the customer-facing
     * PSDM-LBL-002 quotes it in the internal view (so the check below can fail), and PSDM-CONF-001 (internal)
     * quotes it as it is.
     */
    @Test
    void theCustomerViewOfAPortfolioNeverNamesAConfidentialTitle() throws Exception {
        String confidential = "Commercials: change order pricing";
        ObjectMapper json = new ObjectMapper();
        JsonNode tree = json.readTree(CliRunner.LARGE.toFile());
        tree.path("issues").forEach(issue -> {
            if (issue.path("iid").asLong() == 93) {
                assertThat(issue.path("confidential").asBoolean()).isTrue();
                ((com.fasterxml.jackson.databind.node.ObjectNode) issue).put("state", "opened").remove("closedAt");
            }
        });
        Path reopenedFile = dir.resolve("large-reopened.json");
        json.writeValue(reopenedFile.toFile(), tree);
        String group = "ps/confidential";
        List<GitLabProject> served = List.of(
                GitLabFixtures.fromSnapshot(renamed(SnapshotJson.read(CliRunner.LARGE), 101, group + "/customer-101", false)),
                GitLabFixtures.fromSnapshot(renamed(SnapshotJson.read(reopenedFile), 102, group + "/customer-102", false)));
        served.forEach(gitlab::serve);
        gitlab.serveGroup(group, served);

        Map<String, String> internal = portfolio(group, dir.resolve("internal"), "internal");
        for (String format : List.of("text", "markdown", "html", "json")) {
            assertThat(internal.get(format)).as("internal " + format).contains(confidential);
        }
        Map<String, String> customer = portfolio(group, dir.resolve("customer"), "customer");
        customer.forEach((format, output) -> assertThat(output).as("customer " + format).isNotBlank()
                .doesNotContain(confidential).doesNotContain("change order pricing").doesNotContain("PSDM-CONF-001"));
        assertThat(customer.get("text")).contains("confidential issue #93");
        assertThat(customer.get("html")).contains("confidential issue #93");
        assertThat(customer.get("markdown")).contains("confidential issue #93");
    }

    /** Every format of one portfolio scan of {@code group}, by name. */
    private Map<String, String> portfolio(String group, Path into, String audience) throws Exception {
        Files.createDirectories(into);
        List<String> formats = List.of("text", "markdown", "html", "json", "junit", "sarif", "codequality");
        List<String> args = new ArrayList<>(List.of("check", "--gitlab-url", gitlab.baseUrl(), "--group", group,
                "--max-requests-per-minute", "100000", "--max-attempts", "1", "--as-of", "2026-05-15T12:00:00Z",
                "--audience", audience, "--fail-on", "never"));
        for (String format : formats) {
            args.addAll(List.of("--format", format + "=" + into.resolve(format)));
        }
        CliRun r = CliRun.of(Map.of(GitLabFetch.TOKEN_VARIABLE, TOKEN), args.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.OK);
        Map<String, String> outputs = new java.util.LinkedHashMap<>();
        for (String format : formats) {
            outputs.put(format, Files.readString(into.resolve(format)));
        }
        return outputs;
    }
}
