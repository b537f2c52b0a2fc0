package dev.psdm.bench;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/**
 * The options {@code psdm-bench suite} and {@code psdm-bench startup} share (a picocli {@code @Mixin}):
 * the psdm they start cold, the sample they check and where they write. Both are run from the
 * repository root by {@code psdm-bench/run.sh}, hence the relative defaults.
 */
final class PsdmFiles {
    @Option(names = "--psdm-jar", defaultValue = "psdm-cli/target/psdm.jar", paramLabel = "JAR",
            description = "The psdm fat jar (default ${DEFAULT-VALUE}).")
    Path psdmJar;

    @Option(names = "--launcher", defaultValue = "psdm-cli/bin/psdm", paramLabel = "SCRIPT",
            description = "The psdm launcher script (default ${DEFAULT-VALUE}).")
    Path launcher;

    @Option(names = "--sample", defaultValue = "examples/snapshots/large-project.json", paramLabel = "FILE",
            description = "The snapshot psdm checks cold (default ${DEFAULT-VALUE}).")
    Path sample;

    @Option(names = "--work-dir", defaultValue = "psdm-bench/target/bench", paramLabel = "DIR",
            description = "Where generated snapshots, reports, archives, GC logs and results go (default ${DEFAULT-VALUE}).")
    Path workDir;
}
