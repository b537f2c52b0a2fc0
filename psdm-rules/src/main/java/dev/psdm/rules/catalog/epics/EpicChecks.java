package dev.psdm.rules.catalog.epics;

import dev.psdm.engine.facts.WorkItem;

import java.util.function.Predicate;

/** The check of PSDM-EPIC-001, beside its DRL file. */
public final class EpicChecks {
    private EpicChecks() {
    }

    /** Open work items that roll into no epic. */
    public static Predicate<WorkItem> openOutsideEveryEpic() {
        return w -> w.isOpen() && !w.isInEpic();
    }
}
