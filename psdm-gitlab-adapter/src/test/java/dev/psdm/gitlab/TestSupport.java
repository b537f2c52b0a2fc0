package dev.psdm.gitlab;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.psdm.gitlab.fake.FakeGitLab;
import dev.psdm.gitlab.fake.GitLabFixtures;
import dev.psdm.gitlab.fake.GitLabProject;
import dev.psdm.gitlab.fake.Synthetic;
import dev.psdm.model.Snapshot;
import dev.psdm.model.SnapshotNotice;
import dev.psdm.model.json.SnapshotJson;
import org.assertj.core.api.AbstractStringAssert;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shared bits of the adapter tests: the project they read on the fake GitLab (their classes extend
 * {@link dev.psdm.gitlab.fake.FakeGitLabTest} for the server), and
 * the loader that reads it as of {@link #NOW} with the test token.
 */
final class TestSupport {
    static final String TOKEN = "glpat-TESTTOKEN-4f1c2e9a7b";
    static final Instant NOW = Instant.parse("2026-05-15T12:00:00Z");
    /** The path of {@link #synthetic(int, int)}'s project. */
    static final String PATH = "group/subgroup/project";

    private TestSupport() {
    }

    /**
     * {@link Synthetic}'s project at {@link #PATH} as GitLab's documented bodies: {@code issues} issues, issue
     * {@code i} planned in iteration {@code 5000 + i % iterations} of {@code iterations} two-week ones.
     */
    static GitLabProject synthetic(int issues, int iterations) {
        return GitLabFixtures.fromSnapshot(Synthetic.snapshot(PATH, issues, iterations));
    }

    /** Issue {@code k} of {@code served} as GitLab's JSON body, to change a field of before serving it. */
    static ObjectNode issueBody(GitLabProject served, int k) {
        return (ObjectNode) served.issues().get(k);
    }

    /** Asserts that the snapshot has exactly one notice about {@code resource}; then its message. */
    static AbstractStringAssert<?> assertOnlyNotice(Snapshot snapshot, String resource) {
        List<SnapshotNotice> notices = snapshot.notices(resource);
        assertThat(notices).as("notices about %s", resource).hasSize(1);
        return assertThat(notices.get(0).message()).as("the notice about %s", resource);
    }

    /** A loader of {@link #PATH} on {@code gitlab}, with the test token and a clock fixed at {@link #NOW}. */
    static GitLabSnapshotLoader.Builder loader(FakeGitLab gitlab) {
        return GitLabSnapshotLoader.builder().baseUrl(gitlab.baseUrl()).project(PATH).token(() -> TOKEN)
                .clock(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    /** {@link #loader(FakeGitLab)} that records its waits in {@code sleeper} instead of sleeping, without jitter. */
    static GitLabSnapshotLoader.Builder waitlessLoader(FakeGitLab gitlab, Sleeper sleeper) {
        return loader(gitlab).sleeper(sleeper).jitter(() -> 0.0);
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
