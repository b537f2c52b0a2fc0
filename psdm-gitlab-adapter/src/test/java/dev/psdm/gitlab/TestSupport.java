package dev.psdm.gitlab;

import dev.psdm.model.Snapshot;
import dev.psdm.model.json.SnapshotJson;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Shared bits of the adapter tests. */
final class TestSupport {
    static final String TOKEN = "glpat-TESTTOKEN-4f1c2e9a7b";
    static final Instant NOW = Instant.parse("2026-05-15T12:00:00Z");

    private TestSupport() {
    }

    /** The repository's sample snapshots (examples/snapshots), read from the module directory. */
    static Snapshot sample(String name) {
        Path path = Path.of("..", "examples", "snapshots", name);
        if (!Files.exists(path)) {
            throw new IllegalStateException("sample snapshot not found: " + path.toAbsolutePath());
        }
        return SnapshotJson.read(path);
    }

    /** Records the waits instead of sleeping. */
    static final class RecordingSleeper implements Sleeper {
        final List<Duration> waits = Collections.synchronizedList(new ArrayList<>());
        private final ManualClock clock;

        RecordingSleeper() {
            this(null);
        }

        RecordingSleeper(ManualClock clock) {
            this.clock = clock;
        }

        @Override
        public void sleep(Duration duration) {
            waits.add(duration);
            if (clock != null) {
                clock.advance(duration);
            }
        }
    }

    /** A clock that moves only when told (by the sleeper). */
    static final class ManualClock extends Clock {
        private volatile Instant now;

        ManualClock(Instant start) {
            this.now = start;
        }

        synchronized void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
