package dev.psdm.gitlab;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.psdm.gitlab.fake.FakeGitLab;
import dev.psdm.gitlab.fake.GitLabProject;
import dev.psdm.model.DataGap;
import dev.psdm.model.Issue;
import dev.psdm.model.Iteration;
import dev.psdm.model.Snapshot;
import dev.psdm.model.SnapshotNotice;
import dev.psdm.model.json.SnapshotJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import static dev.psdm.gitlab.TestSupport.loader;
import static dev.psdm.gitlab.TestSupport.synthetic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 22 item 4: live data gets the snapshot reader's bounds. A live iteration from year -999999999
 * ran 76 s and exhausted a 6 GB heap, negative weights made both weight rules pass, and {@code psdm
 * snapshot} wrote files that {@code check --snapshot} refused. Such a record is now left out with a
 * notice (the engine then vouches for no pass that rests on it), and what is written reads back.
 * Shapes: doc/api/iterations.md, doc/api/issues.md.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class LiveBoundsTest {

    @Test
    void anIterationFromYearMinusABillionAndANegativeWeightAreLeftOutAndTheSnapshotReadsBack() {
        GitLabProject served = synthetic(6, 3);
        ((ObjectNode) served.iterations().get(0)).put("start_date", "-999999999-01-01");
        ((ObjectNode) served.issues().get(1)).put("weight", -5);
        ((ObjectNode) served.issues().get(2)).put("created_at", "+200000-01-01T00:00:00Z");
        try (FakeGitLab gitlab = FakeGitLab.start()) {
            gitlab.serve(served);

            Snapshot snapshot = loader(gitlab).build().load();

            assertThat(snapshot.iterations()).extracting(Iteration::id).doesNotContain(5000L).hasSize(2);
            assertThat(snapshot.issues()).extracting(Issue::weight).allSatisfy(w -> assertThat(w == null || w >= 0).isTrue());
            assertThat(snapshot.issues()).hasSize(4);
            assertThat(snapshot.notices(DataGap.ITERATIONS)).extracting(SnapshotNotice::message)
                    .contains(SnapshotNotice.SKIPPED + "'start_date' is outside the years 1970 to 9999: -999999999-01-01");
            assertThat(snapshot.notices(DataGap.ISSUES)).extracting(SnapshotNotice::message)
                    .contains(SnapshotNotice.SKIPPED + "'weight' is not 0 or more but -5",
                            SnapshotNotice.SKIPPED + "'created_at' is outside the years 1970 to 9999: +200000-01-01T00:00:00Z");
            // one validation for both paths: what `psdm snapshot` writes, `check --snapshot` accepts
            String written = SnapshotJson.toJson(snapshot);
            Snapshot read = SnapshotJson.read(new ByteArrayInputStream(written.getBytes(StandardCharsets.UTF_8)), "s.json");
            assertThat(read.issues()).hasSize(4);
            assertThat(read.iterations()).hasSize(2);
        }
    }
}
