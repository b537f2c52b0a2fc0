package dev.psdm.cli;

import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import static dev.psdm.cli.CliRunner.SMALL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The launcher ({@code psdm-cli/bin/psdm}) says nothing of its own (issue 26 item 14): the first
 * {@code check} records a class archive, and on Java 25 the JVM announced that recording
 * ("AOTConfiguration recorded: …") in every job log. A run's stderr is psdm's, nothing else.
 */
@EnabledOnOs(OS.LINUX)
class LauncherTest {
    private static final Path LAUNCHER = Path.of("bin/psdm").toAbsolutePath();
    /** A Java 25+ JDK for the AOT cache path: PSDM_TEST_JAVA25, else the one the build machine has. */
    private static final Path JAVA_25 = Path.of(System.getenv().getOrDefault("PSDM_TEST_JAVA25",
            "/usr/lib/jvm/temurin-25-jdk-amd64"));

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"this JDK (class-data sharing)", "Java 25 (AOT cache)"})
    void theFirstCheckRecordsAnArchiveWithoutAWordOnStderr(String jdk, @TempDir Path dir) throws Exception {
        Path javaHome = jdk.startsWith("Java 25") ? JAVA_25 : Path.of(System.getProperty("java.home"));
        assumeThat(javaHome.resolve("bin/java"))
                .as("needs a Java 25 JDK at %s (set PSDM_TEST_JAVA25): the AOT path is not tested without one", JAVA_25)
                .isExecutable();
        Path jar = launchableJar(dir);
        Path cds = dir.resolve("cds");
        for (String run : List.of("records the archive", "uses it")) {
            var result = launch(javaHome, jar, cds, "check", "--snapshot", SMALL.toAbsolutePath().toString(), "--format", "json");
            assertThat(result.exitCode()).as(run + ": " + result.err()).isIn(ExitCode.OK, ExitCode.FAILED);
            assertThat(result.err()).as(run).isEmpty();
            assertThat(result.out()).as(run).startsWith("{").contains("\"schema\" : \"psdm-report/1\"");
            try (Stream<Path> archives = Files.list(cds)) {
                assertThat(archives.map(p -> p.getFileName().toString()))
                        .as("the launcher recorded one archive, and left no recording behind")
                        .singleElement().asString().matches("psdm-\\d+\\.(aot|jsa)");
            }
        }
    }

    private static PsdmProcess.Result launch(Path javaHome, Path jar, Path cds, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("sh", LAUNCHER.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().remove("PSDM_JAVA_OPTS");
        builder.environment().remove("PSDM_CDS_ARCHIVE");
        builder.environment().remove("PSDM_CDS");
        builder.environment().put("JAVA_HOME", javaHome.toString());
        builder.environment().put("PSDM_JAR", jar.toString());
        builder.environment().put("PSDM_CDS_DIR", cds.toString());
        Path out = Files.createTempFile(cds.getParent(), "out", ".txt");
        Path err = Files.createTempFile(cds.getParent(), "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the launcher did not end within 180 s");
        }
        return new PsdmProcess.Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /**
     * The shaded psdm.jar is made after the tests (package phase), so the test makes the equivalent: a
     * jar of psdm's classes and a launch jar whose manifest names it and every dependency jar (a class
     * archive takes jars only, no directories).
     */
    private static Path launchableJar(Path dir) throws IOException {
        List<String> classPath = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path path = Path.of(entry).toAbsolutePath();
            if (Files.isDirectory(path)) {
                if (path.endsWith("test-classes")) {
                    continue;
                }
                path = jarOf(path, dir.resolve(path.getParent().getParent().getFileName() + "-classes.jar"));
            }
            if (Files.isRegularFile(path)) {
                classPath.add(path.toUri().toString());
            }
        }
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, PsdmCli.class.getName());
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", classPath));
        Path jar = dir.resolve("psdm.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(file, manifest)) {
            return jar;
        }
    }

    private static Path jarOf(Path classes, Path jar) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
             Stream<Path> files = Files.walk(classes)) {
            for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                out.putNextEntry(new JarEntry(classes.relativize(p).toString().replace('\\', '/')));
                Files.copy(p, out);
                out.closeEntry();
            }
        }
        return jar;
    }
}
