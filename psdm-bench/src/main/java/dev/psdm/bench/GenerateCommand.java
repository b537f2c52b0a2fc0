package dev.psdm.bench;

import dev.psdm.model.Snapshot;
import dev.psdm.model.json.SnapshotJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code psdm-bench generate}: writes a deterministic synthetic snapshot (psdm-snapshot/1 JSON). */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Writes a synthetic collaboration project snapshot. The same options always give the same file.",
                "Its fetchedAt (the default --as-of of psdm check) lies two thirds into the plan."})
final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--issues", defaultValue = "1000", description = "Number of issues (default ${DEFAULT-VALUE}).")
    int issues;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--iterations", defaultValue = "26",
            description = "Delivery iterations of two weeks, Iteration 0 not counted (default ${DEFAULT-VALUE}; 5 or fewer make a SMALL project).")
    int iterations;

    @Option(names = "--no-iteration-zero", description = "Start the plan with a delivery iteration (PSDM-IT0-001 fails).")
    boolean noIterationZero;

    @Option(names = "--cadence", description = "Untitled iterations, as an iteration cadence creates them.")
    boolean cadence;

    @Option(names = "--raid-share", defaultValue = "0.05", description = "Share of work issues in the RAID log (default ${DEFAULT-VALUE}).")
    double raidShare;

    @Option(names = "--unweighted-share", defaultValue = "0.1", description = "Share of work issues without weight (default ${DEFAULT-VALUE}).")
    double unweightedShare;

    @Option(names = "--ceremony-coverage", defaultValue = "0.9",
            description = "Chance that each ceremony record of a started iteration exists (default ${DEFAULT-VALUE}).")
    double ceremonyCoverage;

    @Option(names = "--label-pool", defaultValue = "40", description = "Extra free labels issues draw from (default ${DEFAULT-VALUE}).")
    int labelPool;

    @Option(names = "--wiki-gap", description = "Record the wiki as unreadable (a data gap).")
    boolean wikiGap;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "Where to write the snapshot.")
    Path output;

    @Override
    public Integer call() throws IOException {
        SnapshotSpec spec = SnapshotSpec.of(issues, seed).withIterations(iterations).withIterationZero(!noIterationZero)
                .withCadenceIterations(cadence).withRaidShare(raidShare).withUnweightedShare(unweightedShare)
                .withCeremonyCoverage(ceremonyCoverage).withLabelPool(labelPool).withWikiGap(wikiGap);
        Snapshot snapshot = SnapshotGenerator.generate(spec);
        write(snapshot, output);
        System.err.printf("%s: %d issues, %d iterations, fetchedAt %s%n", output, snapshot.issues().size(),
                snapshot.iterations().size(), snapshot.fetchedAt());
        return 0;
    }

    static void write(Snapshot snapshot, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            SnapshotJson.write(snapshot, out);
        }
    }
}
