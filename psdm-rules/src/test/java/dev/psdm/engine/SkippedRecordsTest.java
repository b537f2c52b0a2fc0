package dev.psdm.engine;

import dev.psdm.model.Snapshot;
import dev.psdm.model.SnapshotNotice;
import dev.psdm.report.Report;
import dev.psdm.report.RuleResult;
import dev.psdm.report.Status;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A record GitLab sent that could not be used must never leave a pass behind that rests on it. */
class SkippedRecordsTest {
    private static final PsdmEngine ENGINE = PsdmEngine.builder().build();

    @Test
    void aPassThatNeedsAResourceWithASkippedRecordIsNotEvaluatedNamingTheRecord() {
        Snapshot small = Samples.small();
        Report before = ENGINE.evaluate(small);
        Report after = ENGINE.evaluate(withNotices(small,
                new SnapshotNotice("issues", "issue #77", SnapshotNotice.SKIPPED + "created_at is not a date ('yesterday')")));

        RuleResult epic = result(after, "PSDM-EPIC-001");
        assertThat(result(before, "PSDM-EPIC-001").status()).isEqualTo(Status.PASS);
        assertThat(epic.status()).isEqualTo(Status.NOT_EVALUATED);
        assertThat(epic.reason()).isEqualTo("1 record of issues GitLab sent could not be used (first: issue #77, "
                + "created_at is not a date ('yesterday')), so a pass cannot be vouched for");
        // a rule that needs no issues keeps its pass
        assertThat(result(after, "PSDM-ITER-001").status()).isEqualTo(result(before, "PSDM-ITER-001").status());
    }

    @Test
    void aFailStaysAFailAndNoticesThatSkipNothingChangeNothing() {
        Snapshot large = Samples.large();
        Report before = ENGINE.evaluate(large);
        Report skipped = ENGINE.evaluate(withNotices(large,
                new SnapshotNotice("issues", "issue #5", SnapshotNotice.SKIPPED + "no iid")));
        Report decided = ENGINE.evaluate(withNotices(large,
                new SnapshotNotice("iterations", null, "the plan is cadence 'Delivery' (most issues are planned in it)")));

        assertThat(result(skipped, "PSDM-WGT-001").status()).isEqualTo(Status.FAIL);
        assertThat(result(skipped, "PSDM-WGT-001").findings()).isEqualTo(result(before, "PSDM-WGT-001").findings());
        assertThat(decided.results()).isEqualTo(before.results());
    }

    private static Snapshot withNotices(Snapshot s, SnapshotNotice... notices) {
        return new Snapshot(s.schema(), s.source(), s.fetchedAt(), s.project(), s.group(), s.iterations(),
                s.milestones(), s.labels(), s.issues(), s.epics(), s.boards(), s.wikiPages(), s.gaps(), List.of(notices));
    }

    private static RuleResult result(Report report, String id) {
        return report.results().stream().filter(r -> r.ruleId().equals(id)).findFirst().orElseThrow();
    }
}
