package dev.psdm.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code psdm} in a real process (its own JVM, environment, umask and standard streams), the
 * way a CI job runs it: for what an in-process run cannot show (exit status, terminal detection,
 * modes of written files, standard input).
 */
final class PsdmProcess {
    record Result(int exitCode, String out, String err) {
    }

    private final List<String> jvmOptions = new ArrayList<>();
    private final Map<String, String> env = new java.util.HashMap<>();
    private String umask;
    private boolean unprivileged;
    private byte[] stdin = new byte[0];
    private Path dir;

    static PsdmProcess psdm() {
        return new PsdmProcess();
    }

    PsdmProcess jvm(String... options) {
        jvmOptions.addAll(Arrays.asList(options));
        return this;
    }

    PsdmProcess env(String name, String value) {
        env.put(name, value);
        return this;
    }

    PsdmProcess umask(String mask) {
        this.umask = mask;
        return this;
    }

    PsdmProcess stdin(String text) {
        this.stdin = text.getBytes(StandardCharsets.UTF_8);
        return this;
    }

    PsdmProcess stdin(byte[] bytes) {
        this.stdin = bytes;
        return this;
    }

    /**
     * Runs psdm the way a user's file permissions apply to it, root included (CI runs as root): as root,
     * through {@code setpriv} with every capability dropped (bounding and inheritable sets emptied), so
     * the kernel checks the mode bits without CAP_DAC_OVERRIDE and a mode-000 file or a mode-555
     * directory says "Permission denied" to it as to anyone. Keeping uid 0 (rather than becoming
     * nobody) keeps the class path under /root readable. As another user this changes nothing.
     * Skips, saying why, where root has no setpriv (util-linux).
     */
    PsdmProcess withoutRootsPrivileges() {
        if (isRoot()) {
            org.assertj.core.api.Assumptions.assumeThat(Path.of("/usr/bin/setpriv"))
                    .as("as root, needs setpriv (util-linux) to drop CAP_DAC_OVERRIDE so that file modes apply")
                    .isExecutable();
            unprivileged = true;
        }
        return this;
    }

    static boolean isRoot() {
        try {
            return (int) java.nio.file.Files.getAttribute(Path.of("/proc/self"), "unix:uid") == 0;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    PsdmProcess in(Path workingDirectory) {
        this.dir = workingDirectory;
        return this;
    }

    /** The command line that starts psdm; with a umask, through {@code sh -c 'umask M; exec "$@"'}. */
    List<String> command(String... args) {
        List<String> command = new ArrayList<>();
        if (unprivileged) {
            command.addAll(List.of("/usr/bin/setpriv", "--bounding-set=-all", "--inh-caps=-all", "--"));
        }
        if (umask != null) {
            command.addAll(List.of("sh", "-c", "umask " + umask + "; exec \"$@\"", "sh"));
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xshare:auto");
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), PsdmCli.class.getName()));
        command.addAll(Arrays.asList(args));
        return command;
    }

    Result run(String... args) {
        return start(command(args), args);
    }

    /** Runs psdm's command line as {@code wrapper} rewrites it (e.g. inside script(1), for a terminal). */
    Result run(java.util.function.UnaryOperator<List<String>> wrapper, String... args) {
        return start(wrapper.apply(command(args)), args);
    }

    /**
     * Runs psdm through {@code bash -c}, its arguments followed by {@code shellWords} as bash reads
     * them: {@code --config <(cat team.yml)} is process substitution, a {@code /dev/fd/N} pipe.
     */
    Result runInBash(String shellWords, String... args) {
        List<String> command = new ArrayList<>(List.of("bash", "-c", "exec \"$@\" " + shellWords, "bash"));
        command.addAll(command(args));
        return start(command, args);
    }

    private Result start(List<String> command, String... args) {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().remove("GITLAB_TOKEN");
        builder.environment().remove("NO_COLOR");
        builder.environment().remove("FORCE_COLOR");
        builder.environment().putAll(env);
        if (dir != null) {
            builder.directory(dir.toFile());
        }
        try {
            Process process = builder.start();
            CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
            CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
            try (var in = process.getOutputStream()) {
                in.write(stdin);
            } catch (IOException closedEarly) {
                // psdm did not read standard input: fine
            }
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("psdm " + String.join(" ", args) + " did not end within 180 s");
            }
            return new Result(process.exitValue(), new String(out.get(), StandardCharsets.UTF_8),
                    new String(err.get(), StandardCharsets.UTF_8));
        } catch (IOException | java.util.concurrent.ExecutionException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static byte[] readAll(java.io.InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
