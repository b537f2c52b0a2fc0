package dev.psdm.rules.catalog.iterations;

import org.apiguardian.api.API;

import dev.psdm.engine.conventions.RuleSettings;
import dev.psdm.engine.conventions.Setting;

import java.util.List;

/** The settings of the iteration schedule rules (PSDM-ITER-*). */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0") // custom DRL matches it (issue 28 item 9); the rest of the package is INTERNAL
public final class IterationSettings implements RuleSettings {
    public static final Setting<Integer> ITERATION_WEEKS = Setting.wholeNumber("thresholds.iterationWeeks", 2, 1,
            "The usual iteration length in weeks (\"generally two-week events\"); others are INFO (PSDM-ITER-001).");
    public static final Setting<Integer> MAX_ITERATION_WEEKS = Setting.wholeNumber("thresholds.maxIterationWeeks", 4, 1,
            "An iteration longer than this many weeks is not time-boxed: WARNING (PSDM-ITER-001).");
    public static final Setting<Integer> MAX_ITERATION_GAP_DAYS = Setting.wholeNumber("thresholds.maxIterationGapDays", 3, 0,
            "More days than this between consecutive iterations is a gap (PSDM-ITER-002).");

    @Override
    public List<Setting<?>> settings() {
        return List.of(ITERATION_WEEKS, MAX_ITERATION_WEEKS, MAX_ITERATION_GAP_DAYS);
    }
}
