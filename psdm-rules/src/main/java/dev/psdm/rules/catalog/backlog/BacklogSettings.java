package dev.psdm.rules.catalog.backlog;

import org.apiguardian.api.API;

import dev.psdm.engine.conventions.RuleSettings;
import dev.psdm.engine.conventions.Setting;

import java.util.List;
import java.util.regex.Pattern;

/** The settings of the backlog rule (PSDM-BKL-001). */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0") // custom DRL matches it (issue 28 item 9); the rest of the package is INTERNAL
public final class BacklogSettings implements RuleSettings {
    public static final Setting<Pattern> ACCEPTANCE_CRITERIA = Setting.regex("backlog.acceptanceCriteria",
            "(?im)^[#*_\\h]*+acceptance\\s++criteria\\b",
            "Finds the Acceptance Criteria section of an issue description (PSDM-BKL-001).");
    public static final Setting<Integer> REFINEMENT_ITERATIONS = Setting.wholeNumber("thresholds.refinementIterations", 2, 1,
            "How many upcoming iterations must have acceptance criteria (PSDM-BKL-001).");

    @Override
    public List<Setting<?>> settings() {
        return List.of(ACCEPTANCE_CRITERIA, REFINEMENT_ITERATIONS);
    }
}
