package dev.psdm.rules.catalog.labels;

import dev.psdm.engine.facts.WorkItem;

import java.util.function.Predicate;

/** The check of PSDM-LBL-002, beside its DRL file. */
public final class LabelChecks {
    private LabelChecks() {
    }

    /** Open work items with no label starting with {@code prefix} (ignoring case): not on the workflow board. */
    public static Predicate<WorkItem> openWithoutLabelPrefix(String prefix) {
        return w -> w.isOpen() && !w.hasLabelPrefix(prefix);
    }
}
