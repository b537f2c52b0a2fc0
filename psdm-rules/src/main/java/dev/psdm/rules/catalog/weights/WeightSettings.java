package dev.psdm.rules.catalog.weights;

import org.apiguardian.api.API;

import dev.psdm.engine.conventions.RuleSettings;
import dev.psdm.engine.conventions.Setting;

import java.util.List;

/** The settings of the weight rules (PSDM-WGT-*). */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0") // custom DRL matches it (issue 28 item 9); the rest of the package is INTERNAL
public final class WeightSettings implements RuleSettings {
    public static final Setting<Integer> MAX_WEIGHT = Setting.wholeNumber("thresholds.maxWeight", 3, 1,
            "An open issue weighing more than this should be split (PSDM-WGT-002).");

    @Override
    public List<Setting<?>> settings() {
        return List.of(MAX_WEIGHT);
    }
}
