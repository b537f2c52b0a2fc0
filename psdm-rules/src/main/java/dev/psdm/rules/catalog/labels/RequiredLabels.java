package dev.psdm.rules.catalog.labels;

import dev.psdm.engine.conventions.Regexes;
import dev.psdm.engine.conventions.Settings;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** The labels PSDM-LBL-001 requires (handbook, Label Guidelines), each with whether the project has it. */
public final class RequiredLabels {
    // what a PM might have meant by each label: only the evidence's near misses use these
    private static final Pattern LIKE_SOW = Pattern.compile("(?i)\\bsow\\b|\\bsow[-#\\s]|\\bpo\\s*+[-#:]|purchase\\s++order");
    private static final Pattern LIKE_PM = Pattern.compile("(?i)^pm\\b|project\\s++manager");
    private static final Pattern LIKE_WORKFLOW = Pattern.compile("(?i)workflow");

    private RequiredLabels() {
    }

    /** "SOW-# or PO#", "PM name" and the PSD workflow labels, as the label settings recognise them. */
    public static List<RequiredLabel> of(ProjectLabels labels, Settings settings) {
        String workflowPrefix = settings.get(LabelSettings.WORKFLOW_PREFIX);
        Pattern sow = settings.get(LabelSettings.SOW);
        Pattern pm = settings.get(LabelSettings.PM);
        return List.of(
                required(labels, "SOW-# or PO#", "helps the GitLab team search for projects within the Professional Services group",
                        "`" + LabelSettings.SOW.path() + "` (" + sow.pattern() + ")", name -> Regexes.find(sow, name), LIKE_SOW),
                required(labels, "PM name", "helps the GitLab team sort by PM name",
                        "`" + LabelSettings.PM.path() + "` (" + pm.pattern() + ")", name -> Regexes.find(pm, name), LIKE_PM),
                required(labels, workflowPrefix + "*", "the PSD workflow labels drive the issue board",
                        "`" + LabelSettings.WORKFLOW_PREFIX.path() + "` (" + workflowPrefix + ")",
                        name -> name.regionMatches(true, 0, workflowPrefix, 0, workflowPrefix.length()), LIKE_WORKFLOW));
    }

    private static RequiredLabel required(ProjectLabels labels, String name, String purpose, String convention,
                                          Predicate<String> matches, Pattern resembles) {
        return new RequiredLabel(name, purpose, labels.any(matches), convention, matches,
                label -> Regexes.find(resembles, label));
    }
}
