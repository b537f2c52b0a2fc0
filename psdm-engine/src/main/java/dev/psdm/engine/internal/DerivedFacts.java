package dev.psdm.engine.internal;

import dev.psdm.engine.conventions.Conventions;
import dev.psdm.engine.conventions.Thresholds;
import dev.psdm.engine.facts.ProjectContext;

import java.util.List;
import java.util.function.Consumer;

/**
 * Facts computed once per evaluation, before any rule fires, from the snapshot, the conventions
 * and the as-of instant ({@link DerivationPlan}). Many rules share them, so no rule recomputes them.
 */
public final class DerivedFacts {
    private final ProjectContext context;
    private final Conventions conventions;
    private final List<List<?>> facts;

    DerivedFacts(ProjectContext context, Conventions conventions, List<List<?>> facts) {
        this.context = context;
        this.conventions = conventions;
        this.facts = facts;
    }

    public ProjectContext context() {
        return context;
    }

    public Conventions conventions() {
        return conventions;
    }

    public Thresholds thresholds() {
        return conventions.thresholds();
    }

    /** Every derived fact but the context and internal products, in insertion order. */
    public void forEach(Consumer<Object> action) {
        for (List<?> list : facts) {
            list.forEach(action);
        }
    }
}
