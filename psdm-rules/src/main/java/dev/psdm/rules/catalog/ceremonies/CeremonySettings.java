package dev.psdm.rules.catalog.ceremonies;

import org.apiguardian.api.API;

import dev.psdm.engine.conventions.RuleSettings;
import dev.psdm.engine.conventions.Setting;

import java.util.List;

/** The settings of the ceremony rules (PSDM-CER-*). */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0") // custom DRL matches it (issue 28 item 9); the rest of the package is INTERNAL
public final class CeremonySettings implements RuleSettings {
    public static final Setting<Integer> PLANNING_DAYS_BEFORE = Setting.wholeNumber("thresholds.planningDaysBefore", 3, 0,
            "A planning record up to this many days before an iteration starts counts for it (PSDM-CER-001).");
    public static final Setting<Integer> RETROSPECTIVE_ITERATIONS = Setting.wholeNumber("thresholds.retrospectiveIterations",
            2, 1, "At least one of this many last closed iterations holds a retrospective (PSDM-CER-005).");

    @Override
    public List<Setting<?>> settings() {
        return List.of(PLANNING_DAYS_BEFORE, RETROSPECTIVE_ITERATIONS);
    }
}
