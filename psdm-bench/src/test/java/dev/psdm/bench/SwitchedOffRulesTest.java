package dev.psdm.bench;

import dev.psdm.model.Snapshot;
import dev.psdm.engine.EvaluationOptions;
import dev.psdm.engine.PsdmEngine;
import dev.psdm.report.RuleDescriptor;
import dev.psdm.engine.conventions.Conventions;
import dev.psdm.report.Report;
import dev.psdm.report.RuleResult;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rules switched off in the conventions are left out of the rule base the engine fires, and the
 * facts only they read are neither derived nor inserted. The rules that stay on must not notice.
 */
class SwitchedOffRulesTest {

    @Test
    void rulesThatStayOnGiveTheSameResultsWhateverIsSwitchedOff() {
        PsdmEngine all = PsdmEngine.builder().build();
        List<String> ids = all.rules().stream().map(RuleDescriptor::id).toList();
        for (SnapshotSpec spec : List.of(SnapshotSpec.of(1_500, 31), SnapshotSpec.small(400, 32).withIterationZero(false))) {
            Snapshot snapshot = SnapshotGenerator.generate(spec);
            EvaluationOptions options = EvaluationOptions.asOf(SnapshotGenerator.asOf(spec));
            Map<String, RuleResult> expected = byId(all.evaluate(snapshot, options));
            // every other rule off, then the other half, then only the headline rules on
            for (List<String> off : List.of(everyOther(ids, 0), everyOther(ids, 1),
                    ids.stream().filter(id -> !PlainJavaReference.RULE_IDS.contains(id)).toList())) {
                Report report = all.withConventions(Conventions.defaults().withRules(switchedOff(off))).evaluate(snapshot, options);
                Map<String, RuleResult> actual = byId(report);
                assertThat(actual.keySet()).as("rules reported").doesNotContainAnyElementsOf(off);
                actual.forEach((id, result) -> assertThat(result).as(id + " with " + off + " off").isEqualTo(expected.get(id)));
                assertThat(actual).hasSize(ids.size() - off.size());
            }
        }
    }

    private static List<String> everyOther(List<String> ids, int parity) {
        return java.util.stream.IntStream.range(0, ids.size()).filter(i -> i % 2 == parity).mapToObj(ids::get).toList();
    }

    private static Map<String, Conventions.RuleOverride> switchedOff(List<String> ids) {
        Map<String, Conventions.RuleOverride> off = new HashMap<>();
        ids.forEach(id -> off.put(id, new Conventions.RuleOverride(false, null)));
        return off;
    }

    private static Map<String, RuleResult> byId(Report report) {
        return report.results().stream().collect(Collectors.toMap(RuleResult::ruleId, r -> r));
    }
}
