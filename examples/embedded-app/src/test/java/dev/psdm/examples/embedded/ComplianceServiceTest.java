package dev.psdm.examples.embedded;

import dev.psdm.engine.EvaluationOptions;
import dev.psdm.model.Snapshot;
import dev.psdm.model.json.SnapshotJson;
import dev.psdm.report.Report;
import dev.psdm.report.format.JsonReportWriter;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The service of the "Done when" of issue 28: one engine, many threads, the same reports as one at a time. */
class ComplianceServiceTest {
    private static final Path SNAPSHOTS = Path.of("..", "snapshots");
    private static final Instant AS_OF = Instant.parse("2026-05-15T12:00:00Z");

    @Test
    void concurrentChecksGiveTheReportsOfSequentialOnes() throws Exception {
        Snapshot large = SnapshotJson.read(SNAPSHOTS.resolve("large-project.json"));
        Snapshot small = SnapshotJson.read(SNAPSHOTS.resolve("small-project.json"));
        List<Snapshot> snapshots = new ArrayList<>();
        for (int k = 0; k < 24; k++) {
            snapshots.add(k % 2 == 0 ? large : small);
        }

        try (ComplianceService service = new ComplianceService(8)) {
            List<Report> reports = service.checkAll(snapshots, AS_OF);

            String largeAlone = json(service.engine().evaluate(large, EvaluationOptions.asOf(AS_OF)));
            String smallAlone = json(service.engine().evaluate(small, EvaluationOptions.asOf(AS_OF)));
            assertThat(reports).hasSize(24);
            for (int k = 0; k < reports.size(); k++) {
                assertThat(json(reports.get(k))).as("report %d", k).isEqualTo(k % 2 == 0 ? largeAlone : smallAlone);
            }
            assertThat(reports.get(0).result("PSDM-RAID-002")).isPresent();
        }
    }

    private static String json(Report report) {
        return new JsonReportWriter().render(report);
    }
}
