package dev.psdm.rules.catalog.labels;

import dev.psdm.engine.conventions.Regexes;
import dev.psdm.engine.conventions.Settings;

import java.util.List;

/** The labels PSDM-LBL-001 requires (handbook, Label Guidelines), each with whether the project has it. */
public final class RequiredLabels {
    private RequiredLabels() {
    }

    /** "SOW-# or PO#", "PM name" and the PSD workflow labels, as the label settings recognise them. */
    public static List<RequiredLabel> of(ProjectLabels labels, Settings settings) {
        String workflowPrefix = settings.get(LabelSettings.WORKFLOW_PREFIX);
        return List.of(
                new RequiredLabel("SOW-# or PO#",
                        "helps the GitLab team search for projects within the Professional Services group",
                        labels.any(name -> Regexes.find(settings.get(LabelSettings.SOW), name))),
                new RequiredLabel("PM name", "helps the GitLab team sort by PM name",
                        labels.any(name -> Regexes.find(settings.get(LabelSettings.PM), name))),
                new RequiredLabel(workflowPrefix + "*", "the PSD workflow labels drive the issue board",
                        labels.any(name -> name.regionMatches(true, 0, workflowPrefix, 0, workflowPrefix.length()))));
    }
}
