package dev.psdm.engine.conventions;

import java.util.List;

/**
 * The settings the engine's derivation owns and declares like a rule family does (listed in
 * psdm-engine's {@code META-INF/services/dev.psdm.engine.conventions.RuleSettings}).
 */
public final class EngineSettings implements RuleSettings {
    /**
     * Which GitLab work item types are units of work for the rules about work (weights, epics, the
     * board, refinement). GitLab never shows tasks on boards and a task inherits its parent's epic;
     * incidents and test cases are not planned work.
     */
    public static final Setting<List<String>> WORK_ITEM_TYPES = Setting.labels("workItems.types", List.of("issue"),
            "GitLab work item types that count as work for PSDM-WGT-*, PSDM-EPIC-001, PSDM-LBL-002 and PSDM-BKL-001:\n"
                    + "tasks (never on boards, in their parent's epic), incidents and test cases are left out by default.");

    @Override
    public List<Setting<?>> settings() {
        return List.of(WORK_ITEM_TYPES);
    }
}
