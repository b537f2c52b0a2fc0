package dev.psdm.bench;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code psdm-bench startup}: rule start-up, cold {@code psdm check} of the large sample minus cold
 * {@code psdm --version}, for every way of starting psdm side by side in one run: {@code java -jar} and
 * the launcher ({@code psdm-cli/bin/psdm}), on the JDK running this and on a Java 25+ JDK when one is
 * installed (the launcher's AOT cache). The path the CI template uses (launcher, Java 25, archive in the
 * cache) is the target: at most {@value #LIMIT_S} s. All runs interleave, so a burst of load on the
 * shared machine hits every path alike; each figure is a median.
 */
@Command(name = "startup", mixinStandardHelpOptions = true,
        description = "Rule start-up (cold check - cold --version) per start path, side by side.")
final class StartupCommand implements Callable<Integer> {
    static final double LIMIT_S = 0.3;

    @Mixin
    PsdmFiles files;

    @Option(names = "--java25-home", paramLabel = "DIR",
            description = "A Java 25+ JDK or JRE (default: the first under /usr/lib/jvm).")
    Path java25Home;

    @Option(names = "--runs", defaultValue = "11", description = "Interleaved cold runs of each command (default ${DEFAULT-VALUE}).")
    int runs;

    /** One way of starting psdm: a command prefix and its environment. */
    record StartPath(String name, List<String> prefix, Map<String, String> env, boolean target) {
    }

    @Override
    public Integer call() throws Exception {
        Files.createDirectories(files.workDir);
        List<StartPath> paths = paths();
        List<String> version = List.of("--version");
        List<String> check = List.of("check", "--snapshot", files.sample.toString());
        // Each launcher path records its archive with one check; one discarded round warms the file cache.
        for (StartPath p : paths) {
            SuiteCommand.Proc.run(concat(p.prefix, check), p.env, null);
            SuiteCommand.Proc.run(concat(p.prefix, version), p.env, null).expect(0);
        }
        double[][] v = new double[paths.size()][runs];
        double[][] c = new double[paths.size()][runs];
        for (int i = 0; i < runs; i++) {
            for (int p = 0; p < paths.size(); p++) {
                v[p][i] = SuiteCommand.Proc.run(concat(paths.get(p).prefix, version), paths.get(p).env, null).expect(0).seconds();
                c[p][i] = SuiteCommand.Proc.run(concat(paths.get(p).prefix, check), paths.get(p).env, null).expect(0, 1).seconds();
            }
        }
        StringBuilder out = new StringBuilder();
        out.append("== psdm-bench startup (").append(SuiteCommand.Machine.describe()).append(")").append(System.lineSeparator());
        out.append(String.format(Locale.ROOT, "%-50s %10s %10s %12s%n", "start path", "check s", "--version s", "start-up s"));
        boolean pass = true;
        boolean targetRun = false;
        for (int p = 0; p < paths.size(); p++) {
            double check_ = SuiteCommand.median(c[p]);
            double version_ = SuiteCommand.median(v[p]);
            double startup = check_ - version_;
            StartPath path = paths.get(p);
            String verdict = "";
            if (path.target) {
                targetRun = true;
                pass = startup <= LIMIT_S;
                verdict = "  <= " + LIMIT_S + " s: " + (pass ? "PASS" : "FAIL") + " (the CI template's path)";
            }
            out.append(String.format(Locale.ROOT, "%-50s %10.2f %10.2f %12.2f%s%n", path.name, check_, version_, startup, verdict));
        }
        out.append(String.format(Locale.ROOT, "medians of %d interleaved cold runs each%n", runs));
        if (!targetRun) {
            out.append("TARGET NOT RUN: no Java 25+ JDK (--java25-home), so not the CI template's path").append(System.lineSeparator());
        }
        System.out.print(out);
        Files.writeString(files.workDir.resolve("startup.txt"), out, StandardCharsets.UTF_8);
        return targetRun && pass ? 0 : 1;
    }

    private List<StartPath> paths() throws IOException, InterruptedException {
        String jar = files.psdmJar.toString();
        String here = System.getProperty("java.home");
        int feature = Runtime.version().feature();
        List<StartPath> paths = new ArrayList<>();
        paths.add(new StartPath("java -jar psdm.jar, Java " + feature, List.of(SuiteCommand.java(), "-jar", jar), Map.of(), false));
        paths.add(new StartPath("psdm launcher, Java " + feature + " (AppCDS archive)", List.of("sh", files.launcher.toString()),
                launcherEnv(here, "cds-" + feature), false));
        Optional<Path> java25 = java25Home != null ? Optional.of(java25Home) : findJava25();
        if (java25.isPresent()) {
            String home = java25.get().toString();
            paths.add(new StartPath("java -jar psdm.jar, Java 25", List.of(home + "/bin/java", "-jar", jar), Map.of(), false));
            // plain `java -jar` with the JVM's own AOT cache, handed over in JDK_JAVA_OPTIONS (no launcher)
            Path aot = files.workDir.resolve("plain-25.aot").toAbsolutePath();
            Files.deleteIfExists(aot);
            SuiteCommand.Proc.run(List.of(home + "/bin/java", "-XX:AOTCacheOutput=" + aot, "-jar", jar, "check", "--snapshot",
                    files.sample.toString()), null);
            paths.add(new StartPath("java -jar psdm.jar, Java 25, JDK_JAVA_OPTIONS AOT", List.of(home + "/bin/java", "-jar", jar),
                    Map.of("JDK_JAVA_OPTIONS", "-XX:AOTCache=" + aot), false));
            paths.add(new StartPath("psdm launcher, Java 25 (AOT cache)", List.of("sh", files.launcher.toString()),
                    launcherEnv(home, "cds-25"), true));
        }
        return paths;
    }

    private Map<String, String> launcherEnv(String javaHome, String cacheDir) throws IOException {
        Path dir = files.workDir.resolve(cacheDir).toAbsolutePath();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> old = Files.list(dir)) {
                for (Path f : (Iterable<Path>) old::iterator) {
                    Files.delete(f); // a fresh archive for this jar, recorded by this run
                }
            }
        }
        return Map.of("JAVA_HOME", javaHome, "PSDM_JAR", files.psdmJar.toAbsolutePath().toString(), "PSDM_CDS_DIR", dir.toString());
    }

    /** A JDK or JRE of feature version 25 or later under /usr/lib/jvm, from its {@code release} file. */
    static Optional<Path> findJava25() throws IOException {
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        try (Stream<Path> homes = Files.list(jvms)) {
            return homes.filter(h -> !Files.isSymbolicLink(h) && Files.isExecutable(h.resolve("bin/java")))
                    .filter(h -> featureVersion(h) >= 25).sorted().findFirst();
        }
    }

    private static int featureVersion(Path home) {
        try {
            for (String line : Files.readAllLines(home.resolve("release"))) {
                if (line.startsWith("JAVA_VERSION=\"")) {
                    String v = line.substring("JAVA_VERSION=\"".length());
                    int end = 0;
                    while (end < v.length() && Character.isDigit(v.charAt(end))) {
                        end++;
                    }
                    return end == 0 ? -1 : Integer.parseInt(v.substring(0, end));
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
