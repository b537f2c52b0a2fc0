package dev.psdm.engine.internal;

import dev.psdm.engine.conventions.Conventions;
import dev.psdm.engine.conventions.Thresholds;
import dev.psdm.engine.facts.ProjectContext;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Facts computed once per evaluation, before any rule fires, from the snapshot, the conventions
 * and the as-of instant ({@link DerivationPlan}). Many rules share them, so no rule recomputes them.
 */
public final class DerivedFacts {
    private final ProjectContext context;
    private final Conventions conventions;
    private final List<Class<?>> types;
    private final List<List<?>> facts;

    /** @param types the type each list of {@code facts} was derived as (its deriver's product), in the same order */
    DerivedFacts(ProjectContext context, Conventions conventions, List<Class<?>> types, List<List<?>> facts) {
        this.context = context;
        this.conventions = conventions;
        this.types = types;
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

    /** {@link #forEach} a list at a time, with the type its facts were derived as (they may be of subclasses). */
    public void forEachList(BiConsumer<Class<?>, List<?>> action) {
        for (int k = 0; k < facts.size(); k++) {
            action.accept(types.get(k), facts.get(k));
        }
    }
}
