package dev.psdm.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.psdm.rules.testing.OutputValidators;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the psdm commands of the CI templates in {@code examples/gitlab-ci/} the way the runner would,
 * against the large sample instead of GitLab: the job's {@code java -jar psdm.jar} lines are taken from
 * the YAML, their variables expanded from the job's {@code variables}, {@code --gitlab-url "$CI_SERVER_URL"
 * --project "$CI_PROJECT_PATH"} replaced by {@code --snapshot examples/snapshots/large-project.json --as-of
 * 2026-05-15T12:00:00Z}, and relative paths resolved in a temporary project directory. Then every artifact
 * the job declares must exist and be valid.
 */
class CiTemplateTest {
    private static final Path CI_DIR = Path.of("..", "examples", "gitlab-ci");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void standaloneJobProducesEveryDeclaredArtifact(@TempDir Path projectDir) throws Exception {
        JsonNode job = job(CI_DIR.resolve(".gitlab-ci.yml"), "psdm-check");
        assertRunsOnScheduleOrOnDemand(job);

        List<String> commands = psdmCommands(job);
        assertThat(commands).hasSize(1);
        var result = run(commands.get(0), variables(job, Map.of()), projectDir);

        assertThat(result.exitCode()).as("the large sample fails at error: the job fails and notifies").isEqualTo(ExitCode.FAILED);
        assertThat(result.out()).as("the text report goes to the job log").startsWith("PSDM check of ");
        assertArtifactsValid(job, projectDir);
    }

    @Test
    void includableTemplateJobProducesEveryDeclaredArtifactAndTakesExtraArguments(@TempDir Path projectDir) throws Exception {
        JsonNode job = job(CI_DIR.resolve("psdm-check.gitlab-ci.yml"), "psdm-check");
        assertRunsOnScheduleOrOnDemand(job);
        String command = psdmCommands(job).get(0);

        var plain = run(command, variables(job, Map.of()), projectDir);
        assertThat(plain.exitCode()).isEqualTo(ExitCode.FAILED);
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
    void tokenComesFromTheMaskedVariableNeverFromTheCommandLine() throws Exception {
        for (String file : List.of(".gitlab-ci.yml", "psdm-check.gitlab-ci.yml")) {
            JsonNode job = job(CI_DIR.resolve(file), "psdm-check");
            assertThat(job.path("before_script").toString()).as(file).contains("test -n \\\"$GITLAB_TOKEN\\\"");
            assertThat(psdmCommands(job)).as(file).allSatisfy(c -> assertThat(c).doesNotContain("TOKEN", "--token"));
        }
    }

    // --- the job, as GitLab resolves it -------------------------------------------------------

    /** The job with {@code extends} resolved (one level, as the templates use it). */
    private static JsonNode job(Path file, String name) throws IOException {
        JsonNode pipeline = YAML.readTree(file.toFile());
        JsonNode job = pipeline.path(name);
        assertThat(job.isObject()).as("%s defines job %s", file, name).isTrue();
        if (job.has("extends")) {
            ObjectNode merged = ((ObjectNode) pipeline.path(job.path("extends").asText())).deepCopy();
            job.fields().forEachRemaining(e -> merged.set(e.getKey(), e.getValue()));
            merged.remove("extends");
            job = merged;
        }
        return job;
    }

    private static void assertRunsOnScheduleOrOnDemand(JsonNode job) {
        assertThat(job.path("rules").toString()).contains("schedule").contains("manual");
        assertThat(job.path("artifacts").path("when").asText()).as("reports are kept when the check fails").isEqualTo("always");
    }

    /** The job's variables, with overrides (a CI/CD variable set in the project's settings). */
    private static Map<String, String> variables(JsonNode job, Map<String, String> overrides) {
        Map<String, String> vars = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = job.path("variables").fields(); it.hasNext(); ) {
            var e = it.next();
            vars.put(e.getKey(), e.getValue().isObject() ? e.getValue().path("value").asText() : e.getValue().asText());
        }
        vars.putAll(overrides);
        return vars;
    }

    /** The {@code java -jar psdm.jar ...} command lines of before_script and script (continuations joined). */
    private static List<String> psdmCommands(JsonNode job) {
        List<String> commands = new ArrayList<>();
        for (String section : List.of("before_script", "script")) {
            for (JsonNode entry : job.path(section)) {
                String joined = entry.asText().replace("\\\n", " ");
                joined.lines().map(String::trim).filter(l -> l.startsWith("java -jar psdm.jar ")).forEach(commands::add);
            }
        }
        return commands;
    }

    // --- running a command line -------------------------------------------------------------------

    private static CliRunner.Result run(String commandLine, Map<String, String> vars, Path projectDir) {
        assertThat(commandLine).as("the job reads this project from the GitLab it runs on")
                .contains("--gitlab-url \"$CI_SERVER_URL\" --project \"$CI_PROJECT_PATH\"");
        List<String> words = ShellWords.split(commandLine, vars);
        assertThat(words.subList(0, 3)).containsExactly("java", "-jar", "psdm.jar");
        List<String> args = new ArrayList<>(List.of(words.get(3),
                "--snapshot", CliRunner.LARGE.toString(), "--as-of", "2026-05-15T12:00:00Z"));
        for (int i = 4; i < words.size(); i++) {
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
