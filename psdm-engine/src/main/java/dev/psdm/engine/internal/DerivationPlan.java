package dev.psdm.engine.internal;

import dev.psdm.engine.derive.Deriver;
import dev.psdm.engine.conventions.Conventions;
import dev.psdm.engine.facts.CeremonyRecord;
import dev.psdm.engine.facts.DeliveryIteration;
import dev.psdm.engine.facts.IterationZero;
import dev.psdm.engine.facts.ProjectContext;
import dev.psdm.model.Issue;
import dev.psdm.model.Snapshot;
import dev.psdm.model.WikiPage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which derivers an engine runs, and when: built once per engine from the fact types its rules match,
 * closed over what those derivers need, checked (every need has a producer, no cycle) and scheduled
 * into as few fused passes over the issues as the needs allow (two for the bundled catalog: records
 * first, then placement, which needs the iterations, which need the ceremony records).
 *
 * <p>Stage {@code s} runs the non-visiting derivers whose needs are complete after pass {@code s}
 * (stage 0 before any pass); pass {@code p} feeds every issue, then every wiki page, to the visiting
 * derivers scheduled in it, in dependency order.
 */
public final class DerivationPlan {
    /** Derived whatever the rules match: sizes, presets and the report's size line use them. */
    private static final Set<Class<?>> ALWAYS = Set.of(ProjectContext.class, DeliveryIteration.class,
            IterationZero.class, CeremonyRecord.class);

    private final List<Deriver<?>> inserted;
    private final List<List<Deriver<?>>> stages = new ArrayList<>();
    private final List<List<Deriver<?>>> passes = new ArrayList<>();
    private final boolean marksRecords;

    private DerivationPlan(List<Deriver<?>> registry, Set<Deriver<?>> planned, Map<Deriver<?>, Integer> slot,
                           List<Deriver<?>> order) {
        int last = 0;
        for (Deriver<?> d : planned) {
            last = Math.max(last, slot.get(d));
        }
        for (int k = 0; k <= last; k++) {
            stages.add(new ArrayList<>());
            passes.add(new ArrayList<>());
        }
        for (Deriver<?> d : order) {
            (d.visitsIssues() ? passes : stages).get(slot.get(d)).add(d);
        }
        List<Deriver<?>> kept = new ArrayList<>();
        for (Deriver<?> d : registry) {
            // internal products (PlanPeriods, RecordMarks) are what facts are made of, not facts for rules
            boolean internal = d.produces().getPackageName().equals(DerivationPlan.class.getPackageName());
            if (planned.contains(d) && !internal) {
                kept.add(d);
            }
        }
        this.inserted = List.copyOf(kept);
        this.marksRecords = planned.stream().anyMatch(d -> d.produces() == RecordMarks.class);
    }

    /**
     * The plan for the fact types {@code matched} accepts (the rules' patterns), with every deriver on the
     * class path ({@link Derivers#all()}).
     *
     * @throws IllegalStateException when a deriver needs a type no deriver produces, or needs form a cycle
     */
    public static DerivationPlan forFacts(Predicate<Class<?>> matched) {
        return of(Derivers.all(), matched);
    }

    static DerivationPlan of(List<Deriver<?>> registry, Predicate<Class<?>> matched) {
        Map<Class<?>, Deriver<?>> producers = new LinkedHashMap<>();
        for (Deriver<?> d : registry) {
            Deriver<?> before = producers.put(d.produces(), d);
            if (before != null) {
                throw new IllegalStateException("two derivers produce " + d.produces().getName() + ": "
                        + before.getClass().getName() + " and " + d.getClass().getName());
            }
        }
        Set<Deriver<?>> planned = new HashSet<>();
        List<Deriver<?>> order = new ArrayList<>();
        Map<Deriver<?>, Integer> slot = new HashMap<>();
        for (Deriver<?> d : registry) {
            if (ALWAYS.contains(d.produces()) || matched.test(d.produces())) {
                visit(d, producers, planned, new ArrayList<>(), order, slot);
            }
        }
        return new DerivationPlan(registry, planned, slot, order);
    }

    /** Depth-first over the needs: post-order is a dependency order; a deriver on the current path again is a cycle. */
    private static void visit(Deriver<?> d, Map<Class<?>, Deriver<?>> producers, Set<Deriver<?>> planned,
                              List<Deriver<?>> path, List<Deriver<?>> order, Map<Deriver<?>, Integer> slot) {
        if (path.contains(d)) {
            List<String> cycle = new ArrayList<>();
            for (Deriver<?> p : path.subList(path.indexOf(d), path.size())) {
                cycle.add(p.produces().getSimpleName());
            }
            cycle.add(d.produces().getSimpleName());
            throw new IllegalStateException("derived facts need each other in a cycle: " + String.join(" -> ", cycle));
        }
        if (planned.contains(d)) {
            return;
        }
        path.add(d);
        int at = d.visitsIssues() ? 1 : 0;
        for (Class<?> need : d.needs()) {
            Deriver<?> n = producer(d, need, producers);
            visit(n, producers, planned, path, order, slot);
            // a visiting deriver starts in the pass after its needs are complete; a stage runs after its needs' pass
            at = Math.max(at, slot.get(n) + (d.visitsIssues() ? 1 : 0));
        }
        for (Class<?> need : d.sameIssueNeeds()) {
            Deriver<?> n = producer(d, need, producers);
            if (!d.visitsIssues() || !n.visitsIssues()) {
                throw new IllegalStateException(d.produces().getSimpleName() + " needs " + need.getSimpleName()
                        + " issue by issue: both derivers must visit the issues");
            }
            visit(n, producers, planned, path, order, slot);
            at = Math.max(at, slot.get(n));
        }
        path.remove(path.size() - 1);
        planned.add(d);
        order.add(d);
        slot.put(d, at);
    }

    private static Deriver<?> producer(Deriver<?> d, Class<?> need, Map<Class<?>, Deriver<?>> producers) {
        Deriver<?> n = producers.get(need);
        if (n == null) {
            throw new IllegalStateException(d.produces().getSimpleName() + " needs " + need.getSimpleName()
                    + ", which no deriver produces (list its deriver in a DeriverProvider)");
        }
        return n;
    }

    /** Whether this plan derives facts of the type. */
    public boolean derives(Class<?> type) {
        return inserted.stream().anyMatch(d -> d.produces() == type);
    }

    /** The number of passes over the issues an evaluation makes. */
    public int passCount() {
        return (int) passes.stream().filter(p -> !p.isEmpty()).count();
    }

    /** Derives the facts of one evaluation. */
    public DerivedFacts run(Snapshot snapshot, Instant asOf, Conventions conventions) {
        DerivationState derivation = new DerivationState(snapshot, asOf, conventions, marksRecords);
        for (int k = 0; k < stages.size(); k++) {
            if (k > 0) {
                runPass(passes.get(k), derivation);
            }
            for (Deriver<?> d : stages.get(k)) {
                derivation.put(d.produces(), d.start(derivation).finish());
            }
        }
        List<Class<?>> types = new ArrayList<>();
        List<List<?>> facts = new ArrayList<>();
        for (Deriver<?> d : inserted) {
            if (d.produces() != ProjectContext.class) {
                types.add(d.produces());
                facts.add(derivation.facts(d.produces()));
            }
        }
        return new DerivedFacts(derivation.fact(ProjectContext.class), conventions, types, facts);
    }

    private static void runPass(List<Deriver<?>> visitors, DerivationState derivation) {
        if (visitors.isEmpty()) {
            return;
        }
        List<Deriver.Run<?>> runs = new ArrayList<>(visitors.size());
        for (Deriver<?> d : visitors) {
            runs.add(d.start(derivation));
        }
        List<Issue> issues = derivation.snapshot().issues();
        int n = runs.size();
        for (int i = 0; i < issues.size(); i++) {
            Issue issue = issues.get(i);
            derivation.seeing(i);
            for (int r = 0; r < n; r++) {
                derivation.saw(runs.get(r).see(i, issue));
            }
            derivation.seen(i);
        }
        for (WikiPage page : derivation.snapshot().wikiPages()) {
            for (int r = 0; r < n; r++) {
                runs.get(r).see(page);
            }
        }
        for (int r = 0; r < n; r++) {
            derivation.put(visitors.get(r).produces(), runs.get(r).finish());
        }
    }
}
