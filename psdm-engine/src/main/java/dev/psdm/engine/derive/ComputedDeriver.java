package dev.psdm.engine.derive;

import org.apiguardian.api.API;

import java.util.List;

/**
 * A deriver that visits no issue: it computes its facts in one go from the snapshot and the facts it
 * needs, once they are all derived (when its run is finished, as any run).
 *
 * @param <T> the fact type produced
 */
@API(status = API.Status.EXPERIMENTAL)
public abstract class ComputedDeriver<T> extends Deriver<T> {
    /**
     * @param produces the fact type produced
     * @param needs    the fact types read; they are derived first
     */
    protected ComputedDeriver(Class<T> produces, Class<?>... needs) {
        super(produces, List.of(needs));
    }

    @Override
    public final Run<T> start(Derivation derivation) {
        return () -> compute(derivation);
    }

    /** The facts of one evaluation; the needs are in {@code derivation}. */
    protected abstract List<T> compute(Derivation derivation);
}
