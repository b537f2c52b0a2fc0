package dev.psdm.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.psdm.report.testing.OutputValidators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the psdm commands of the CI template in {@code examples/gitlab-ci/} the way the runner would,
 * against the large sample instead of GitLab: the job's {@code .psdm/psdm check} line (the launcher the
 * job downloads) is taken from the YAML, its variables expanded from the job's {@code variables}
 * ({@code $[[ inputs.* ]]} replaced by the inputs' defaults, as GitLab does), {@code --gitlab-url
 * "$CI_SERVER_URL" --project "$CI_PROJECT_PATH"} replaced by {@code --snapshot
 * examples/snapshots/large-project.json --as-of 2026-05-15T12:00:00Z}, and relative paths resolved in a
 * temporary project directory. Then every artifact the job declares must exist and be valid.
 * (.ci/pipeline-test runs the whole job, download included, through gitlab-ci-local.)
 */
class CiTemplateTest {
    private static final Path CI_DIR = Path.of("..", "examples", "gitlab-ci");
    private static final Path TEMPLATE = CI_DIR.resolve("psdm-check.gitlab-ci.yml");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern INPUT = Pattern.compile("\\$\\[\\[\\s*inputs\\.([\\w-]+)\\s*]]");

    @Test
    void standaloneFileIncludesTheTemplateOfItsReleaseWithTheIncludeLineAsItsOnlyPlaceholder() throws Exception {
        String text = Files.readString(CI_DIR.resolve(".gitlab-ci.yml"));
        JsonNode include = YAML.readTree(text).path("include").path(0);
        assertThat(include.path("file").asText()).isEqualTo("examples/gitlab-ci/psdm-check.gitlab-ci.yml");
        assertThat(include.path("ref").asText()).as("the release the template pins").isEqualTo("v" + defaults().get("version"));
        assertThat(include.path("inputs").path("psdm_project").asText()).isEqualTo(include.path("project").asText());
        String withoutInclude = text.replace("  - project: your-group/psdm-check\n", "")
                .replace("      psdm_project: your-group/psdm-check\n", "");
        assertThat(withoutInclude).doesNotContain("your-group", "your-", "example.com");
        assertThat(Files.readString(TEMPLATE).replaceAll("(?m)^#.*$", "")).doesNotContain("your-group", "your-");
    }

    @Test
    void templateJobProducesEveryDeclaredArtifactAndTakesExtraArguments(@TempDir Path projectDir) throws Exception {
        JsonNode job = job("psdm-check");
        assertRunsInMergeRequestsSchedulesAndOnTheDefaultBranch(job);
        List<String> commands = psdmCommands(job);
        assertThat(commands).hasSize(1);
        String command = commands.get(0);

        var plain = run(command, variables(job, Map.of()), projectDir);
        assertThat(plain.exitCode()).as("the large sample fails at error: the job fails and notifies").isEqualTo(ExitCode.FAILED);
        assertThat(plain.out()).as("the text report goes to the job log").startsWith("PSDM check of ")
                .as("rules link the release's pages on this instance (issue 25 item 4)")
                .contains("      rule:     https://gitlab.example.com/ps-tools/psdm-check/-/blob/v"
                        + defaults().get("version") + "/docs/rules/PSDM-RAID-002.md\n");
        assertArtifactsValid(job, projectDir);

        // the documented baseline workflow: record once, commit, then pass it through PSDM_EXTRA_ARGS
        var recorded = CliRunner.run("baseline", "--snapshot", CliRunner.LARGE.toString(), "--as-of", "2026-05-15T12:00:00Z",
                "--output", projectDir.resolve("psdm-baseline.json").toString());
        assertThat(recorded.exitCode()).isZero();
        var baselined = run(command, variables(job, Map.of("PSDM_EXTRA_ARGS", "--baseline psdm-baseline.json")), projectDir);
        assertThat(baselined.exitCode()).as("every finding is in the baseline").isEqualTo(ExitCode.OK);
        assertThat(baselined.out()).contains("Compared with the baseline: 0 new findings, " + CliRunner.largeFailures()[0] + " unchanged, 0 fixed.");
        assertArtifactsValid(job, projectDir);
    }

    @Test
    void jobRunsOnlyTheReleasesRecordedFilesAndTheReleasesClassArchive() throws Exception {
        JsonNode job = job("psdm-check");
        String before = job.path("before_script").toString();
        // PsdmFetch (examples/gitlab-ci/PsdmFetch.java): the release's recorded digests decide; the
        // project and version come from inputs, not from variables a "Run pipeline" could override
        assertThat(before).contains("PsdmFetch \\\"$CI_API_V4_URL\\\" \\\"ps-tools/psdm-check\\\" \\\"" + defaults().get("version") + "\\\"",
                ".psdm/cache .psdm/run psdm.jar psdm psdm.aot").doesNotContain("curl", "wget");
        assertThat(variables(job, Map.of())).doesNotContainKeys("PSDM_VERSION", "PSDM_PROJECT", "PSDM_CDS_DIR");
        assertThat(job.path("cache").path("paths").toString()).contains(".psdm/cache/").doesNotContain("cds");
        assertThat(job.path("cache").path("key").asText()).contains(defaults().get("version"));
        assertThat(job.path("script").toString()).contains("PSDM_CDS_ARCHIVE=.psdm/run/psdm.aot");
        assertThat(job.path("image").asText()).as("the image input, Java 25 by default: the release's AOT cache").isEqualTo("eclipse-temurin:25-jre");
    }

    @Test
    void tokenComesFromTheMaskedVariableNeverFromTheCommandLine() throws Exception {
        JsonNode job = job("psdm-check");
        assertThat(job.path("script").toString()).contains("test -n \\\"${GITLAB_TOKEN:-}\\\"");
        assertThat(psdmCommands(job)).allSatisfy(c -> assertThat(c).doesNotContain("GITLAB_TOKEN", "--token"));
    }

    /**
     * Issue 30 item 6: the publish job writes, so it runs on schedules of protected refs only (a protected variable
     * reaches no other pipeline) and with its own token, never the check's unprotected GITLAB_TOKEN; it runs the
     * release the check job downloads and verifies, in the same image.
     */
    @Test
    void publishJobRunsOnlyOnSchedulesOfProtectedRefsWithItsOwnTokenAndTheChecksVerifiedRelease() throws Exception {
        JsonNode publish = job("psdm-publish");
        JsonNode check = job("psdm-check");
        assertThat(publish.path("rules")).hasSize(1);
        assertThat(publish.path("rules").path(0).path("if").asText())
                .isEqualTo("$CI_PIPELINE_SOURCE == \"schedule\" && $CI_COMMIT_REF_PROTECTED == \"true\"");
        assertThat(publish.path("rules").path(0).has("when")).isFalse();
        assertThat(publish.path("before_script")).as("the same download and digest checks").isEqualTo(check.path("before_script"));
        assertThat(publish.path("cache")).isEqualTo(check.path("cache"));
        assertThat(publish.path("image")).isEqualTo(check.path("image"));
        String script = publish.path("script").toString();
        assertThat(script).contains("test -n \\\"${PSDM_PUBLISH_TOKEN:-}\\\"", "masked and protected")
                .doesNotContain("${GITLAB_TOKEN");
        List<String> commands = psdmCommands(publish);
        assertThat(commands).singleElement().satisfies(c -> assertThat(c)
                .startsWith(".psdm/run/psdm publish --apply ").doesNotContain("--token", "GITLAB_TOKEN", "PSDM_PUBLISH_TOKEN"));
        assertThat(publishLine(publish)).as("the write token reaches psdm alone, as this command's GITLAB_TOKEN")
                .startsWith("GITLAB_TOKEN=\"$PSDM_PUBLISH_TOKEN\" ");
        assertThat(publish.path("allow_failure").path("exit_codes").toString())
                .as("exit 1 is a failing gate, published; the check job fails for it").isEqualTo("[1]");
        assertThat(publish.path("artifacts").has("reports")).as("no JUnit or Code Quality of its own").isFalse();
        assertThat(check.path("rules").toString()).doesNotContain("PROTECTED");
    }

    /**
     * The publish job's command as the runner runs it, against a fake GitLab serving the large sample in which only
     * the write token may write: the job's environment holds both tokens (GITLAB_TOKEN, unprotected, for the check
     * job; PSDM_PUBLISH_TOKEN, protected), and the compliance issue is created all the same.
     */
    @Test
    void publishJobWritesTheComplianceIssueWithTheWriteToken() throws Exception {
        JsonNode publish = job("psdm-publish");
        var sample = dev.psdm.model.json.SnapshotJson.read(CliRunner.LARGE);
        try (var reads = dev.psdm.gitlab.fake.FakeGitLab.start()) {
            reads.serve(dev.psdm.gitlab.fake.GitLabFixtures.fromSnapshot(sample));
            try (var gitlab = new dev.psdm.gitlab.fake.FakeIssueWrites().readsFrom(reads.baseUrl())
                    .writeToken("glpat-write-token-0123456789")) {
                Map<String, String> env = new HashMap<>(variables(publish, Map.of()));
                env.put("CI_SERVER_URL", gitlab.baseUrl());
                env.put("CI_PROJECT_PATH", sample.project().pathWithNamespace());
                env.put("GITLAB_TOKEN", "glpat-read-token-9876543210");
                env.put("PSDM_PUBLISH_TOKEN", "glpat-write-token-0123456789");
                List<String> words = ShellWords.split(publishLine(publish), env);
                Map<String, String> commandEnv = new HashMap<>(env);
                int i = 0;
                for (; words.get(i).matches("\\w+=.*"); i++) {
                    commandEnv.put(words.get(i).substring(0, words.get(i).indexOf('=')),
                            words.get(i).substring(words.get(i).indexOf('=') + 1));
                }
                assertThat(words.get(i)).isEqualTo(".psdm/run/psdm");
                List<String> args = new ArrayList<>(words.subList(i + 1, words.size()));
                args.add("--as-of=2026-05-15T12:00:00Z");
                Path markdown = Files.createTempFile("psdm-compliance", ".md");
                args.replaceAll(a -> a.startsWith("markdown=") ? a.replaceFirst("^markdown=[^,]*", "markdown=" + markdown) : a);
                var out = new java.io.StringWriter();
                var err = new java.io.StringWriter();
                int code = PsdmCli.run(args.toArray(String[]::new), new java.io.PrintWriter(out), new java.io.PrintWriter(err),
                        commandEnv);

                assertThat(code).as(err.toString()).isEqualTo(ExitCode.FAILED);
                assertThat(err.toString()).contains("psdm: compliance issue created #1 ").doesNotContain("glpat-");
                assertThat(gitlab.issues()).singleElement().satisfies(issue ->
                        assertThat(issue.path("labels").toString()).isEqualTo("[\"PSDM::failing\"]"));

                // the check's read token in its place: refused before anything is written
                commandEnv.put("GITLAB_TOKEN", env.get("GITLAB_TOKEN"));
                gitlab.resetRequests();
                int refused = PsdmCli.run(args.toArray(String[]::new), new java.io.PrintWriter(out),
                        new java.io.PrintWriter(new java.io.StringWriter()), commandEnv);
                assertThat(refused).isEqualTo(ExitCode.ERROR);
                assertThat(gitlab.writes()).isZero();
            }
        }
    }

    /** The publish job's {@code psdm publish} line, its environment assignments kept. */
    private static String publishLine(JsonNode job) {
        for (JsonNode entry : job.path("script")) {
            if (entry.asText().contains(".psdm/run/psdm publish")) {
                return entry.asText().strip();
            }
        }
        throw new AssertionError("no psdm publish line in " + job.path("script"));
    }

    // --- the job, as GitLab resolves it -------------------------------------------------------

    /** The template's {@code spec:} header: each input's default. */
    private static Map<String, String> defaults() throws IOException {
        JsonNode spec = documents().get(0).path("spec").path("inputs");
        Map<String, String> defaults = new HashMap<>();
        spec.fields().forEachRemaining(e -> defaults.put(e.getKey(), e.getValue().path("default").asText("")));
        defaults.put("psdm_project", "ps-tools/psdm-check"); // required: the include line gives it
        return defaults;
    }

    private static List<JsonNode> documents() throws IOException {
        try (MappingIterator<JsonNode> docs = YAML.readerFor(JsonNode.class).readValues(TEMPLATE.toFile())) {
            return docs.readAll();
        }
    }

    /** The job with inputs interpolated and {@code extends} resolved as GitLab does: hashes merged deeply, the
     * job's own keys winning, anything else (arrays: rules, script) replaced; through every level. */
    private static JsonNode job(String name) throws IOException {
        Map<String, String> inputs = defaults();
        String body = Files.readString(TEMPLATE);
        body = body.substring(body.indexOf("\n---\n") + 5);
        Matcher m = INPUT.matcher(body);
        StringBuilder interpolated = new StringBuilder();
        while (m.find()) {
            assertThat(inputs).as("input %s is declared", m.group(1)).containsKey(m.group(1));
            m.appendReplacement(interpolated, Matcher.quoteReplacement(inputs.get(m.group(1))));
        }
        m.appendTail(interpolated);
        JsonNode pipeline = YAML.readTree(interpolated.toString());
        JsonNode job = pipeline.path(name);
        assertThat(job.isObject()).as("the template defines job %s", name).isTrue();
        return resolved(pipeline, (ObjectNode) job);
    }

    private static ObjectNode resolved(JsonNode pipeline, ObjectNode job) {
        if (!job.has("extends")) {
            return job;
        }
        JsonNode parent = pipeline.path(job.path("extends").asText());
        assertThat(parent.isObject()).as("the template defines %s", job.path("extends").asText()).isTrue();
        ObjectNode merged = resolved(pipeline, (ObjectNode) parent).deepCopy();
        job.fields().forEachRemaining(e -> {
            if (e.getValue().isObject() && merged.path(e.getKey()).isObject()) {
                ((ObjectNode) merged.get(e.getKey())).setAll((ObjectNode) e.getValue());
            } else {
                merged.set(e.getKey(), e.getValue());
            }
        });
        merged.remove("extends");
        return merged;
    }

    private static void assertRunsInMergeRequestsSchedulesAndOnTheDefaultBranch(JsonNode job) {
        assertThat(job.path("rules").toString()).contains("merge_request_event", "schedule", "$CI_DEFAULT_BRANCH")
                .doesNotContain("manual");
        assertThat(job.path("artifacts").path("when").asText()).as("reports are kept when the check fails").isEqualTo("always");
    }

    /** The job's variables, with overrides (a CI/CD variable set in the project's settings). */
    private static Map<String, String> variables(JsonNode job, Map<String, String> overrides) {
        Map<String, String> vars = new HashMap<>();
        vars.put("CI_SERVER_URL", "https://gitlab.example.com"); // GitLab's predefined variable
        if (job.has("script") && job.path("script").toString().contains("formats=")) {
            vars.put("formats", formats(job));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = job.path("variables").fields(); it.hasNext(); ) {
            var e = it.next();
            vars.put(e.getKey(), e.getValue().isObject() ? e.getValue().path("value").asText() : e.getValue().asText());
        }
        vars.putAll(overrides);
        return vars;
    }

    /** The {@code .psdm/run/psdm check ...} command lines of before_script and script (continuations
     * joined, leading {@code NAME=value} environment assignments dropped). */
    private static List<String> psdmCommands(JsonNode job) {
        List<String> commands = new ArrayList<>();
        for (String section : List.of("before_script", "script")) {
            for (JsonNode entry : job.path(section)) {
                String joined = entry.asText().replace("\\\n", " ");
                joined.lines().map(String::trim).map(l -> l.replaceFirst("^(\\w+=\\S+ )+", ""))
                        .filter(l -> l.startsWith(".psdm/run/psdm ")).forEach(commands::add);
            }
        }
        return commands;
    }

    /** {@code $formats} as the script sets it outside merge request pipelines (every report). */
    private static String formats(JsonNode job) {
        String script = job.path("script").toString();
        Matcher base = Pattern.compile("formats=([\\w=.,-]+)\\\\n").matcher(script);
        Matcher more = Pattern.compile("formats=\\$formats,([\\w=.,-]+);").matcher(script);
        assertThat(base.find()).as("the script sets $formats").isTrue();
        assertThat(more.find()).as("the script adds Code Quality outside MR pipelines").isTrue();
        return base.group(1) + "," + more.group(1);
    }

    // --- running a command line -------------------------------------------------------------------

    private static CliRun run(String commandLine, Map<String, String> vars, Path projectDir) {
        assertThat(commandLine).as("the job reads this project from the GitLab it runs on")
                .contains("--gitlab-url \"$CI_SERVER_URL\" --project \"$CI_PROJECT_PATH\"");
        List<String> words = ShellWords.split(commandLine, vars);
        assertThat(words.get(0)).as("the launcher the job downloaded").isEqualTo(".psdm/run/psdm");
        List<String> args = new ArrayList<>(List.of(words.get(1),
                "--snapshot", CliRunner.LARGE.toString(), "--as-of", "2026-05-15T12:00:00Z"));
        for (int i = 2; i < words.size(); i++) {
            String w = words.get(i);
            switch (w) {
                case "--gitlab-url", "--project" -> i++;
                case "--format" -> {
                    args.add(w);
                    args.add(inProject(words.get(++i), projectDir));
                }
                case "--baseline", "--output", "-o" -> {
                    args.add(w);
                    args.add(projectDir.resolve(words.get(++i)).toString());
                }
                default -> args.add(w);
            }
        }
        return CliRunner.run(args.toArray(String[]::new));
    }

    /** {@code junit=psdm-junit.xml,text} with files moved into the project directory. */
    private static String inProject(String formats, Path projectDir) {
        List<String> out = new ArrayList<>();
        for (String f : formats.split(",")) {
            int eq = f.indexOf('=');
            out.add(eq < 0 ? f : f.substring(0, eq + 1) + projectDir.resolve(f.substring(eq + 1)));
        }
        return String.join(",", out);
    }

    private static void assertArtifactsValid(JsonNode job, Path projectDir) throws IOException {
        JsonNode artifacts = job.path("artifacts");
        Path junit = projectDir.resolve(artifacts.path("reports").path("junit").asText());
        Path codeQuality = projectDir.resolve(artifacts.path("reports").path("codequality").asText());
        assertThat(junit).isRegularFile();
        assertThat(OutputValidators.junitProblems(Files.readString(junit))).isEmpty();
        assertThat(codeQuality).isRegularFile();
        assertThat(OutputValidators.codeQualityProblems(Files.readString(codeQuality))).isEmpty();
        assertThat(artifacts.path("paths")).isNotEmpty();
        for (JsonNode path : artifacts.path("paths")) {
            Path file = projectDir.resolve(path.asText());
            assertThat(file).isRegularFile();
            if (path.asText().endsWith(".html")) {
                assertThat(Files.readString(file)).startsWith("<!DOCTYPE html>").doesNotContain("<script", "<link", " src=");
            }
        }
    }
}
