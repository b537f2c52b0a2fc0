package dev.psdm.rules.catalog.labels;

import dev.psdm.engine.conventions.RuleSettings;
import dev.psdm.engine.conventions.Setting;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The settings of the label rules (PSDM-LBL-*): how the CP automation's labels are recognised. The RAID
 * labels ({@code labels.raid}, {@code labels.highPriority}) sit in the same section of {@code .psdm.yml} but
 * are the derivation's ({@code EngineSettings}): every RAID rule reads them.
 */
public final class LabelSettings implements RuleSettings {
    public static final Setting<Pattern> SOW = Setting.regex("labels.sow", "(?i)^(SOW-\\d++|PO#?\\d++)\\b",
            "The label naming the SOW or PO: 'SOW-# or PO#' (PSDM-LBL-001).");
    public static final Setting<Pattern> PM = Setting.regex("labels.pm", "(?i)^PM\\s*+(::|:|-)\\s*+\\S",
            "The label naming the project manager, e.g. PM::Jane Doe (PSDM-LBL-001).");
    public static final Setting<String> WORKFLOW_PREFIX = Setting.text("labels.workflowPrefix", "PSD Workflow::",
            "The scoped labels of the workflow board (PSDM-LBL-001, PSDM-LBL-002).");

    @Override
    public List<Setting<?>> settings() {
        return List.of(SOW, PM, WORKFLOW_PREFIX);
    }
}
