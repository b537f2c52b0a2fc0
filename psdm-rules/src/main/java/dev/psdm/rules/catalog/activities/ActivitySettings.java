package dev.psdm.rules.catalog.activities;

import dev.psdm.engine.conventions.RuleSettings;
import dev.psdm.engine.conventions.Setting;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The settings of the expected-activity derivation ({@link ExpectedActivity}): what Iteration 0 and the
 * closeout record, by name, with the title that recognises each record (PSDM-IT0-002, PSDM-CLOSE-001).
 */
public final class ActivitySettings implements RuleSettings {
    public static final Setting<Map<String, Pattern>> ITERATION_ZERO = Setting.namedRegex("iterationZero.activities",
            "What Iteration 0 covers (PSDM-IT0-002): name -> title of its issue or wiki page.\n"
                    + "Replaces the whole list; add e.g. 'EM to PS transition' to check the handoff too.",
            "customer kickoff", "(?i)kick-?off",
            "stakeholder planning", "(?i)stakeholder",
            "discovery", "(?i)discovery");
    public static final Setting<Map<String, Pattern>> CLOSEOUT = Setting.namedRegex("closeout.activities",
            "What the end of the project records (PSDM-CLOSE-001): name -> title of its issue or wiki page.\n"
                    + "Replaces the whole list.",
            "end-of-project retrospective", "(?i)(project|final|close-?out|end[- ]of[- ]project)\\s++retro(spective)?",
            "go-live recap", "(?i)go-?live|recap",
            "support handoff", "(?i)support\\s++hand-?off|hand-?off\\s++to\\s++support");

    @Override
    public List<Setting<?>> settings() {
        return List.of(ITERATION_ZERO, CLOSEOUT);
    }
}
