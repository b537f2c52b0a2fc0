package dev.psdm.engine.internal;

import dev.psdm.engine.derive.Deriver;
import dev.psdm.engine.derive.DeriverProvider;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Every deriver on the class path: the engine's own (the cross-cutting facts every catalog shares) first,
 * then each catalog's {@link DeriverProvider} by class name, so the order facts are inserted into a
 * session in is the same on every run. Found with {@link ServiceLoader} once, like the rule families'
 * settings; two derivers of one fact type are refused when a plan is built ({@link DerivationPlan}).
 */
public final class Derivers implements DeriverProvider {
    /** For ServiceLoader (psdm-engine's {@code META-INF/services/dev.psdm.engine.derive.DeriverProvider}). */
    public Derivers() {
    }

    /**
     * The engine's own derivers, in the order their facts are inserted into a session (kept as it was
     * when the derivation was one class, so that rule firing order is unchanged).
     */
    @Override
    public List<Deriver<?>> derivers() {
        return List.of(
                new ProjectContextDeriver(),
                new BacklogDeriver(),
                new CommunicationPlanDeriver(),
                new DeliveryIterationDeriver(),
                new IterationZeroDeriver(),
                new CeremonyRecordDeriver(),
                new RaidItemDeriver(),
                new PlannedIssueDeriver(),
                new WorkItemDeriver(),
                // internal products, never inserted: what the facts above are made of
                new PlanPeriods.Deriver(),
                new RecordMarks.Deriver());
    }

    /** The derivers of every provider on the class path (the engine's, then the others by class name). */
    public static List<Deriver<?>> all() {
        return Found.ALL;
    }

    private static final class Found {
        static final List<Deriver<?>> ALL = load();

        private static List<Deriver<?>> load() {
            List<DeriverProvider> providers = new ArrayList<>();
            ServiceLoader.load(DeriverProvider.class, Derivers.class.getClassLoader()).forEach(providers::add);
            providers.sort(Comparator.comparing((DeriverProvider p) -> !(p instanceof Derivers))
                    .thenComparing(p -> p.getClass().getName()));
            List<Deriver<?>> all = new ArrayList<>();
            for (DeriverProvider provider : providers) {
                all.addAll(provider.derivers());
            }
            return List.copyOf(all);
        }
    }
}
