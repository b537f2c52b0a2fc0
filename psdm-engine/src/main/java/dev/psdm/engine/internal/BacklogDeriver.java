package dev.psdm.engine.internal;

import dev.psdm.engine.derive.ComputedDeriver;
import dev.psdm.engine.derive.Derivation;
import dev.psdm.engine.facts.Backlog;
import dev.psdm.engine.facts.PlannedIssue;
import dev.psdm.engine.facts.WorkItem;

import java.util.List;

/** Every issue as one fact, with the work items and planned issues, for rules that check issues one by one. */
final class BacklogDeriver extends ComputedDeriver<Backlog> {
    BacklogDeriver() {
        super(Backlog.class, PlannedIssue.class, WorkItem.class);
    }

    @Override
    protected List<Backlog> compute(Derivation derivation) {
        return List.of(new Backlog(derivation.snapshot().issues(), derivation.facts(WorkItem.class),
                derivation.facts(PlannedIssue.class)));
    }
}
