package dev.psdm.rules.catalog.weights;

import dev.psdm.engine.conventions.RuleSettings;
import dev.psdm.engine.conventions.Setting;

import java.util.List;

/** The settings of the weight rules (PSDM-WGT-*). */
public final class WeightSettings implements RuleSettings {
    public static final Setting<Integer> MAX_WEIGHT = Setting.wholeNumber("thresholds.maxWeight", 3, 1,
            "An open issue weighing more than this should be split (PSDM-WGT-002).");

    @Override
    public List<Setting<?>> settings() {
        return List.of(MAX_WEIGHT);
    }
}
