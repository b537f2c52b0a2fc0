package dev.psdm.engine.derive;

import dev.psdm.model.Issue;
import org.apiguardian.api.API;
import dev.psdm.model.WikiPage;

import java.util.List;

/**
 * Derives the facts of one type for an evaluation, from the snapshot and the facts of the types it
 * {@linkplain #needs() needs}. The engine builds a derivation plan of the derivers its rules
 * call for (a rule matches the fact type, or a deriver it calls for needs it) when the engine is built,
 * and rejects a type no deriver produces or a cycle then, not in the middle of an evaluation.
 *
 * <p>A deriver that looks at every issue ({@link #visitsIssues()}) does it in one of the plan's fused
 * passes over the issues: at 100k issues a separate loop per question costs a memory sweep each
 * (docs/PERFORMANCE.md), so every visiting deriver whose needs are ready rides the same pass.
 *
 * <p>Adding a derived fact is one fact type plus one deriver (most extend {@link VisitingDeriver} or
 * {@link ComputedDeriver}), listed by its catalog's {@link DeriverProvider}.
 * A deriver holds no state of its own between evaluations: {@link #start(Derivation)} returns the run that does.
 *
 * @param <T> the fact type produced
 */
@API(status = API.Status.EXPERIMENTAL)
public abstract class Deriver<T> {
    private final Class<T> produces;
    private final List<Class<?>> needs;

    protected Deriver(Class<T> produces, List<Class<?>> needs) {
        this.produces = produces;
        this.needs = List.copyOf(needs);
    }

    /** The fact type this deriver produces (each fact type has exactly one deriver). */
    public final Class<T> produces() {
        return produces;
    }

    /** The fact types whose facts this deriver reads; they are derived first. */
    public final List<Class<?>> needs() {
        return needs;
    }

    /**
     * Whether this deriver sees every issue in a fused pass. A visiting deriver's needs are complete
     * before its pass starts, except its {@linkplain #sameIssueNeeds() same-issue needs}.
     */
    public boolean visitsIssues() {
        return false;
    }

    /**
     * Visiting derivers of the same pass this one reads about the same issue only (through
     * {@link Derivation#isRecord(int)}), so it may ride their pass, seeing each issue after them.
     */
    public List<Class<?>> sameIssueNeeds() {
        return List.of();
    }

    /** Starts this deriver for one evaluation; its needs (but same-issue ones) are in {@code derivation}. */
    public abstract Run<T> start(Derivation derivation);

    /** One evaluation's work of a deriver. */
    public interface Run<T> {
        /**
         * Sees the issue at {@code index} of the snapshot (visiting derivers only, in snapshot order).
         *
         * @return whether the issue is a record of this deriver's kind (a ceremony record, a RAID item …)
         *         rather than a unit of work
         */
        default boolean see(int index, Issue issue) {
            return false;
        }

        /** Sees a wiki page, after the issues of the pass (visiting derivers only). */
        default void see(WikiPage page) {
        }

        /** The facts produced, once the pass (if any) is over. */
        List<T> finish();
    }
}
