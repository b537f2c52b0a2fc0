package dev.psdm.engine.derive;

import org.apiguardian.api.API;

import java.util.ArrayList;
import java.util.List;

/**
 * A deriver that sees every issue in one of the plan's fused passes ({@link #visitsIssues()} is always
 * true): the shape most derived facts have, so each of them states only what it recognises in an issue.
 *
 * @param <T> the fact type produced
 */
@API(status = API.Status.EXPERIMENTAL)
public abstract class VisitingDeriver<T> extends Deriver<T> {
    /**
     * @param produces the fact type produced
     * @param needs    the fact types read, complete before the pass starts (but {@link #sameIssueNeeds()})
     */
    protected VisitingDeriver(Class<T> produces, Class<?>... needs) {
        super(produces, List.of(needs));
    }

    @Override
    public final boolean visitsIssues() {
        return true;
    }

    /**
     * A run that gathers its facts in the order it sees issues (then wiki pages) and hands them all over
     * when the pass is over.
     *
     * @param <T> the fact type produced
     */
    public abstract static class Collecting<T> implements Run<T> {
        private final List<T> facts = new ArrayList<>();

        /** The facts gathered so far (add to it while seeing). */
        protected final List<T> facts() {
            return facts;
        }

        @Override
        public final List<T> finish() {
            return facts;
        }
    }
}
