package dev.psdm.rules;

import dev.psdm.model.Snapshot;
import dev.psdm.rules.conventions.Conventions;
import dev.psdm.rules.internal.DerivedFacts;
import dev.psdm.rules.internal.DerivedFactsBuilder;
import dev.psdm.rules.report.Finding;
import dev.psdm.rules.report.ProjectRef;
import dev.psdm.rules.report.Report;
import dev.psdm.rules.report.RuleResult;
import dev.psdm.rules.report.Severity;
import dev.psdm.rules.report.SizeInfo;
import dev.psdm.rules.report.Status;
import dev.psdm.rules.report.Waivers;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Checks snapshots against the PSDM rules. Build one with {@link #builder()}, keep it, and call
 * {@link #evaluate(Snapshot, EvaluationOptions)} as often as you like, from any thread: the
 * engine is immutable and each evaluation runs in its own Drools session.
 *
 * <pre>{@code
 * PsdmEngine engine = PsdmEngine.builder().build();
 * Report report = engine.evaluate(snapshot, EvaluationOptions.asOf(Instant.parse("2026-03-20T09:00:00Z")));
 * }</pre>
 * The conventions' waivers are applied to every report ({@link Waivers}): waived findings come back
 * WAIVED, with notices for expired and unused waivers.
 */
public final class PsdmEngine {
    private final KieBase kieBase;
    private final Conventions conventions;
    private final List<RuleDescriptor> rules;
    private final Map<String, RuleDescriptor> rulesById;

    private PsdmEngine(KieBase kieBase, Conventions conventions) {
        this.kieBase = kieBase;
        this.conventions = conventions;
        this.rules = describe(kieBase);
        this.rulesById = new HashMap<>();
        for (RuleDescriptor r : rules) {
            rulesById.put(r.id(), r);
        }
    }

    /** Starts an engine builder with the handbook's default conventions. */
    public static Builder builder() {
        return new Builder();
    }

    /** The rule catalog, sorted by id. */
    public List<RuleDescriptor> rules() {
        return rules;
    }

    /** The conventions this engine applies. */
    public Conventions conventions() {
        return conventions;
    }

    /** Evaluates as of the snapshot's fetch time. */
    public Report evaluate(Snapshot snapshot) {
        return evaluate(snapshot, EvaluationOptions.defaults());
    }

    /** Evaluates every enabled rule against the snapshot. Thread-safe. */
    public Report evaluate(Snapshot snapshot, EvaluationOptions options) {
        Objects.requireNonNull(snapshot, "snapshot");
        Instant asOf = options.asOf().orElse(snapshot.fetchedAt());
        DerivedFacts derived = new DerivedFactsBuilder(conventions).build(snapshot, asOf);

        Map<String, RuleResult> decidedUpFront = new HashMap<>();
        Set<String> active = new HashSet<>();
        for (RuleDescriptor rule : rules) {
            if (!conventions.isEnabled(rule.id())) {
                continue;
            }
            RuleResult preset = presetResult(rule, snapshot, derived);
            if (preset != null) {
                decidedUpFront.put(rule.id(), preset);
            } else {
                active.add(rule.id());
            }
        }

        Findings findings = fire(snapshot, derived, active);

        List<RuleResult> results = new ArrayList<>();
        for (RuleDescriptor rule : rules) {
            if (decidedUpFront.containsKey(rule.id())) {
                results.add(decidedUpFront.get(rule.id()));
            } else if (active.contains(rule.id())) {
                results.add(resultOf(rule, findings));
            }
        }
        var project = snapshot.project();
        Report report = new Report(new ProjectRef(project.id(), project.pathWithNamespace(), project.name(), project.webUrl()),
                asOf, new SizeInfo(derived.context().size().sizeClass(), derived.context().size().reason()), results);
        // waivers are judged on the as-of day in UTC, the calendar RAID staleness counts in
        return Waivers.apply(report, conventions.waivers(), LocalDate.ofInstant(asOf, ZoneOffset.UTC));
    }

    /** NOT_APPLICABLE by size, or NOT_EVALUATED for a data gap, decided without firing the rule. */
    private RuleResult presetResult(RuleDescriptor rule, Snapshot snapshot, DerivedFacts derived) {
        // Gaps first: without the data the size itself may be wrong, so "not applicable" could be too.
        for (String resource : rule.requires()) {
            var gap = snapshot.gap(resource);
            if (gap.isPresent()) {
                return result(rule, Status.NOT_EVALUATED, severityOf(rule),
                        "the snapshot lacks " + resource + ": " + gap.get().reason(), List.of());
            }
        }
        var size = derived.context().size();
        if (!rule.appliesTo().appliesTo(size.sizeClass())) {
            return result(rule, Status.NOT_APPLICABLE, severityOf(rule),
                    "applies to " + rule.appliesTo() + " projects; this one is " + size.sizeClass(), List.of());
        }
        return null;
    }

    private Findings fire(Snapshot snapshot, DerivedFacts derived, Set<String> active) {
        Findings findings = new Findings();
        KieSession session = kieBase.newKieSession();
        try {
            session.setGlobal("findings", findings);
            FactInserter.insertAll(session, snapshot, derived);
            session.fireAllRules(match -> {
                Object id = match.getRule().getMetaData().get("id");
                return id == null || active.contains(RuleMetadata.unquote(id));
            });
        } finally {
            session.dispose();
        }
        return findings;
    }

    private RuleResult resultOf(RuleDescriptor rule, Findings findings) {
        String notEvaluated = findings.notEvaluatedReason(rule.id());
        if (notEvaluated != null) {
            return result(rule, Status.NOT_EVALUATED, severityOf(rule), notEvaluated, List.of());
        }
        String notApplicable = findings.notApplicableReason(rule.id());
        if (notApplicable != null) {
            return result(rule, Status.NOT_APPLICABLE, severityOf(rule), notApplicable, List.of());
        }
        List<Finding> raw = findings.failuresOf(rule.id());
        if (raw.isEmpty()) {
            return result(rule, Status.PASS, severityOf(rule), null, List.of());
        }
        Severity override = conventions.override(rule.id()).map(Conventions.RuleOverride::severity).orElse(null);
        List<Finding> failures = new ArrayList<>(raw.size());
        Severity highest = Severity.INFO;
        for (Finding f : raw) {
            Severity s = override != null ? override : f.severity() != null ? f.severity() : rule.severity();
            failures.add(new Finding(s, f.message(), f.subject()));
            highest = s.isAtLeast(highest) ? s : highest;
        }
        failures.sort(Finding.ORDER);
        return result(rule, Status.FAIL, highest, null, dedupe(failures));
    }

    private static List<Finding> dedupe(List<Finding> sorted) {
        List<Finding> out = new ArrayList<>(sorted.size());
        for (Finding f : sorted) {
            if (out.isEmpty() || !out.get(out.size() - 1).equals(f)) {
                out.add(f);
            }
        }
        return out;
    }

    private Severity severityOf(RuleDescriptor rule) {
        return conventions.override(rule.id()).map(Conventions.RuleOverride::severity).orElse(rule.severity());
    }

    private static RuleResult result(RuleDescriptor rule, Status status, Severity severity, String reason,
                                     List<Finding> findings) {
        return new RuleResult(rule.id(), rule.title(), severity, status, rule.source(), reason, findings);
    }

    private static List<RuleDescriptor> describe(KieBase kieBase) {
        List<RuleDescriptor> list = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                RuleDescriptor d = RuleMetadata.describe(rule);
                if (d == null) {
                    continue;
                }
                if (!seen.add(d.id())) {
                    throw new IllegalStateException("two rules declare @id(\"" + d.id() + "\")");
                }
                list.add(d);
            }
        }
        list.sort(Comparator.comparing(RuleDescriptor::id));
        return List.copyOf(list);
    }

    /** Builds a {@link PsdmEngine}. Not thread-safe; the engine it builds is. */
    public static final class Builder {
        private Conventions conventions = Conventions.defaults();

        private Builder() {
        }

        /** The team's conventions; the handbook defaults otherwise. */
        public Builder conventions(Conventions value) {
            this.conventions = Objects.requireNonNull(value, "conventions");
            return this;
        }

        public PsdmEngine build() {
            PsdmEngine engine = new PsdmEngine(BundledRules.kieBase(), conventions);
            for (String id : conventions.rules().keySet()) {
                if (!engine.rulesById.containsKey(id)) {
                    throw new IllegalArgumentException("conventions override unknown rule id '" + id + "'");
                }
            }
            return engine;
        }
    }
}
