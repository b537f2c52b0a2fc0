package dev.psdm.rules.catalog.backlog;

import dev.psdm.engine.conventions.Regexes;
import dev.psdm.engine.conventions.Settings;
import dev.psdm.engine.facts.PlannedIssue;

import java.util.function.Predicate;

/** The selection of PSDM-BKL-001, beside its DRL file. */
public final class RefinementChecks {
    private RefinementChecks() {
    }

    /** Open work planned in one of the next {@code n} iterations to start: the backlog refinement looks ahead at. */
    public static Predicate<PlannedIssue> openWorkPlannedWithinNext(int n) {
        // the iteration and the record mark first: shared or in the fact, where each issue read is a trip to memory
        return p -> p.iteration().isWithinNext(n) && p.workItem() && p.isOpen();
    }

    /** The description has an Acceptance Criteria section (post-sales discovery issue template). */
    public static boolean hasAcceptanceCriteria(Settings settings, String description) {
        return description != null && Regexes.find(settings.regex(BacklogSettings.ACCEPTANCE_CRITERIA), description);
    }
}
