package dev.psdm.engine;

import dev.psdm.model.Snapshot;
import dev.psdm.model.json.SnapshotJson;

import java.nio.file.Path;

/** The sample snapshots under examples/snapshots (Surefire runs in the module directory). */
final class Samples {
    private static final Path DIR = Path.of("..", "examples", "snapshots");

    private Samples() {
    }

    /** LARGE, fetched 2026-05-15T12:00:00Z; fails IT0-001, CER-001, CER-002, WGT-001 and RAID-002; open RAID items 86, 88–91. */
    static Snapshot large() {
        return SnapshotJson.read(DIR.resolve("large-project.json"));
    }

    /** SMALL, fetched 2026-03-20T12:00:00Z; passes; open RAID item 20. */
    static Snapshot small() {
        return SnapshotJson.read(DIR.resolve("small-project.json"));
    }
}
