package dev.psdm.engine.internal;

import dev.psdm.engine.derive.ComputedDeriver;
import dev.psdm.engine.derive.Derivation;
import dev.psdm.engine.facts.IterationZero;
import dev.psdm.engine.facts.ProjectContext;
import dev.psdm.engine.facts.ProjectSize;
import dev.psdm.model.Snapshot;

import java.util.List;

/** The project, the as-of instant and the project's size (small or large, and why). */
final class ProjectContextDeriver extends ComputedDeriver<ProjectContext> {
    ProjectContextDeriver() {
        super(ProjectContext.class, PlanPeriods.class, IterationZero.class);
    }

    @Override
    protected List<ProjectContext> compute(Derivation derivation) {
        Snapshot snapshot = derivation.snapshot();
        List<PlanPeriods.Period> periods = derivation.fact(PlanPeriods.class).periods;
        boolean hasZero = !derivation.facts(IterationZero.class).isEmpty();
        ProjectSize size = new ProjectSizer(derivation.conventions().thresholds()).classify(snapshot, periods,
                hasZero ? periods.size() - 1 : periods.size());
        return List.of(new ProjectContext(snapshot.project(), snapshot.group(), derivation.asOf(),
                derivation.asOfDate(), size, snapshot.issues().size()));
    }
}
