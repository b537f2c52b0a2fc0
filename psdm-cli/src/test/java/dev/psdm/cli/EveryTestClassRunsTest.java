package dev.psdm.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static dev.psdm.model.testing.TestFiles.read;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every test class in the tree is run by Maven. Surefire runs only classes whose names match its
 * includes (the defaults: {@code Test*}, {@code *Test}, {@code *Tests}, {@code *TestCase}); a class of
 * jqwik properties named {@code RuleInvariantsProperties} was skipped by every build for months, and
 * one of its properties had gone false meanwhile. This walks {@code src/test/java} of every module
 * (and of the examples) and names each class with tests that Surefire would leave out.
 */
class EveryTestClassRunsTest {
    private static final Path REPO = Path.of("").toAbsolutePath().getParent();

    /** Surefire's default includes; no pom of the tree overrides them (checked below). */
    private static final Pattern SUREFIRE_DEFAULT_INCLUDES = Pattern.compile("(Test.*|.*Test|.*Tests|.*TestCase)\\.java");

    private static final Pattern SUREFIRE_PLUGIN = Pattern.compile(
            "<artifactId>maven-surefire-plugin</artifactId>(.*?)</plugin>", Pattern.DOTALL);

    /** JUnit 5, jqwik, ArchUnit and Jazzer: what makes a class hold tests. */
    private static final Pattern TEST_ANNOTATION = Pattern.compile(
            "^\\s*@(Test|ParameterizedTest|RepeatedTest|TestFactory|TestTemplate|Property|Example|ArchTest|FuzzTest)\\b",
            Pattern.MULTILINE);

    @Test
    void everyClassWithTestsHasANameSurefireRuns() {
        List<Path> sources = testSources();
        assertThat(sources).as("test sources found under %s", REPO).hasSizeGreaterThan(50);
        List<String> skipped = new ArrayList<>();
        for (Path file : sources) {
            if (TEST_ANNOTATION.matcher(read(file)).find()
                    && !SUREFIRE_DEFAULT_INCLUDES.matcher(file.getFileName().toString()).matches()) {
                skipped.add(REPO.relativize(file).toString());
            }
        }
        assertThat(skipped).as("classes with tests that Surefire does not run (name them *Test)").isEmpty();
    }

    @Test
    void noPomNarrowsWhatSurefireRuns() {
        List<String> narrowing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(REPO)) {
            files.filter(f -> f.getFileName().toString().equals("pom.xml")).filter(f -> !f.toString().contains("/target/"))
                    .forEach(pom -> {
                        var surefire = SUREFIRE_PLUGIN.matcher(read(pom));
                        while (surefire.find()) {
                            for (String tag : List.of("<includes>", "<excludes>", "<test>", "<skipTests>", "<skip>",
                                    "<groups>", "<excludedGroups>")) {
                                if (surefire.group(1).contains(tag)) {
                                    narrowing.add(REPO.relativize(pom) + " " + tag);
                                }
                            }
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(narrowing).as("a pom that changes which tests run must update this check too").isEmpty();
    }

    private static List<Path> testSources() {
        try (Stream<Path> files = Files.walk(REPO)) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> f.toString().contains("/src/test/java/"))
                    .filter(f -> !f.toString().contains("/target/") && !f.toString().contains("/node_modules/"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
