package dev.psdm.rules.catalog.ceremonies;

import dev.psdm.engine.EvaluationOptions;
import dev.psdm.engine.PsdmEngine;
import dev.psdm.engine.conventions.Conventions;
import dev.psdm.model.json.SnapshotJson;
import dev.psdm.report.CeremonyMap;
import dev.psdm.report.CeremonyMap.Mark;
import dev.psdm.report.Report;
import dev.psdm.rules.testing.Samples;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ceremony heat map the engine adds to the report (issue 27 item 2) on the samples: it agrees with the
 * ceremony rules, and it is never greener than they are: with the planning rule switched off, no planning
 * cell without a record reads "met".
 */
class CeremonyMapTest {

    private static List<Mark> column(CeremonyMap map, String ceremony) {
        int k = map.columns().indexOf(ceremony);
        return map.rows().stream().map(r -> r.cells().get(k).mark()).toList();
    }

    @Test
    void theLargeSampleMapsItsIterationsAndTheRulesFindings() {
        CeremonyMap map = Samples.large().ceremonies();

        assertThat(map.period()).isEqualTo("iteration");
        assertThat(map.rows()).hasSize(12).first().satisfies(r -> assertThat(r.subject().title()).isEqualTo("Iteration 1"));
        assertThat(map.rows()).filteredOn(CeremonyMap.Row::current).singleElement()
                .satisfies(r -> assertThat(r.subject().title()).isEqualTo("Iteration 10"));
        // PSDM-CER-001 fails on Iteration 4, PSDM-CER-002 on Iteration 6: the only misses
        assertThat(map.rows().get(3).cells().get(0)).satisfies(c -> {
            assertThat(c.mark()).isEqualTo(Mark.MISSED);
            assertThat(c.ruleId()).isEqualTo("PSDM-CER-001");
            assertThat(c.finding()).isEqualTo(map.rows().get(3).subject().key());
        });
        assertThat(column(map, "review").get(5)).isEqualTo(Mark.MISSED);
        assertThat(map.rows().stream().flatMap(r -> r.cells().stream()).filter(c -> c.mark() == Mark.MISSED)).hasSize(2);
        // an upcoming iteration's review is not yet due
        assertThat(column(map, "review").subList(9, 12)).containsOnly(Mark.NOT_YET_DUE);
    }

    @Test
    void withThePlanningRuleSwitchedOffNoPlanningCellWithoutARecordIsMet() {
        PsdmEngine engine = PsdmEngine.builder().conventions(Conventions.defaults()
                .withRules(Map.of("PSDM-CER-001", new Conventions.RuleOverride(false, null)))).build();
        Report report = engine.evaluate(SnapshotJson.read(Samples.LARGE), EvaluationOptions.asOf(Samples.LARGE_AS_OF));
        CeremonyMap map = report.ceremonies();

        assertThat(map.rows().get(3).cells().get(0).mark()).as("Iteration 4's planning, no record, rule off")
                .isEqualTo(Mark.NOT_EVALUATED);
        assertThat(map.rows().stream().map(r -> r.cells().get(0)).filter(c -> c.mark() == Mark.MET))
                .allSatisfy(c -> assertThat(c.evidence()).isNotNull());
    }

    @Test
    void theSmallSampleMapsWeeksByWeeklyStatus() {
        CeremonyMap map = Samples.small().ceremonies();

        assertThat(map.period()).isEqualTo("week");
        assertThat(map.columns()).containsExactly("weekly-status");
        assertThat(column(map, "weekly-status")).containsExactly(Mark.MET, Mark.MET, Mark.MET, Mark.MET, Mark.MET,
                Mark.MET, Mark.NOT_YET_DUE, Mark.NOT_YET_DUE);
    }
}
