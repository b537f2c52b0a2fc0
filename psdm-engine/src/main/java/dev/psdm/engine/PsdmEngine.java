package dev.psdm.engine;

import dev.psdm.report.RuleDescriptor;

import dev.psdm.model.DataGap;
import dev.psdm.model.Snapshot;
import dev.psdm.engine.conventions.Conventions;
import dev.psdm.engine.conventions.Setting;
import dev.psdm.engine.conventions.Settings;
import dev.psdm.engine.conventions.ConventionsSource;
import dev.psdm.engine.conventions.Regexes;
import dev.psdm.engine.internal.CeremonyMaps;
import dev.psdm.engine.internal.DerivedFacts;
import dev.psdm.engine.internal.DerivationPlan;
import dev.psdm.report.ProjectRef;
import dev.psdm.report.DataNotice;
import dev.psdm.report.ReadFailure;
import dev.psdm.report.ConventionsUsed;
import dev.psdm.report.Report;
import dev.psdm.report.RuleResult;
import dev.psdm.report.Severity;
import dev.psdm.report.SizeInfo;
import dev.psdm.report.Status;
import dev.psdm.report.Waivers;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.kie.api.KieBase;

import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
 * WAIVED, with notices for expired and unused waivers. *
 * <p>An evaluation derives the facts ({@code DerivationPlan}), fires the sessions ({@link SessionFiring}) and
 * judges each rule's result ({@link RuleJudgement}); this class ties them together. Its file passes 300 lines
 * because of the public {@link Builder} (one documented method per way to add rules), nested as published.
 */
public final class PsdmEngine {
    private final RuleSet ruleSet;
    private final Conventions conventions;
    /** What evaluations fire: the rule set without the bundled rules the conventions switch off. */
    private final List<KieBase> kieBases;
    /** Per KieBase, the fact classes its rules match; and those any of them matches (what to derive). */
    private final List<FactTypes> factTypes;
    private final DerivationPlan derivation;
    private final RuleJudgement judgement;
    /** The rules this engine evaluates when it was restricted to some ({@link #onlyRules}), else null: all. */
    private final @Nullable Set<String> only;
    /** What the conventions change, as every report states it (issue 25 item 6). */
    private final ConventionsUsed conventionsUsed;

    private PsdmEngine(RuleSet ruleSet, Conventions conventions) {
        this(ruleSet, conventions, null);
    }

    private PsdmEngine(RuleSet ruleSet, Conventions conventions, @Nullable Set<String> only) {
        this.ruleSet = ruleSet;
        this.conventions = conventions;
        this.only = only;
        // A typo in an override or waiver would silently check nothing: name the file and line instead.
        ConventionsSource source = conventions.source();
        for (String id : conventions.rules().keySet()) {
            requireRule(id, source, "rules." + id);
        }
        for (int k = 0; k < conventions.waivers().size(); k++) {
            requireRule(conventions.waivers().get(k).rule(), source, "waivers[" + k + "].rule");
        }
        for (Setting<?> setting : Settings.declared()) {
            if (setting.type().namesRules()) {
                for (Object id : (List<?>) conventions.get(setting)) {
                    requireRule((String) id, source, setting.path());
                }
            }
        }
        this.kieBases = ruleSet.kieBasesFor(conventions::isEnabled, only);
        this.factTypes = kieBases.stream().map(kieBase -> FactTypes.of(List.of(kieBase))).toList();
        // built now, so that a derived fact without producer, or a cycle of needs, fails the build, not an evaluation
        this.derivation = DerivationPlan.forFacts(FactTypes.of(kieBases));
        // an engine restricted to some rules reports only theirs: the others are not "switched off"
        this.conventionsUsed = ConventionsApplied.of(ruleSet.rules().stream().filter(r -> selected(r.id())).toList(),
                conventions);
        this.judgement = new RuleJudgement(conventions);
    }

    private void requireRule(String id, ConventionsSource source, String keyPath) {
        if (ruleSet.rule(id).isEmpty()) {
            throw source.error(keyPath, "unknown rule id '" + id + "' (" + (source.file() == null
                    ? "conventions built in code; engine.rules()" : "psdm rules") + " lists the ids)");
        }
    }

    /** Starts an engine builder with the handbook's default conventions. */
    public static Builder builder() {
        return new Builder();
    }

    /** The rule catalog, bundled and custom rules, sorted by id (all of them, also on an engine {@linkplain #onlyRules restricted} to some). */
    public List<RuleDescriptor> rules() {
        return ruleSet.rules();
    }

    /**
     * An engine that evaluates only these rules, as if the catalog held no others: the other rules are
     * not in its Drools sessions (a custom sibling rule that throws, even in its condition, is never
     * matched) and only the facts these rules match are derived. Its reports hold only these rules'
     * results. What {@code RuleVerifier} of psdm-assertj tests one rule with; custom DRL is not compiled again.
     *
     * @throws IllegalArgumentException when an id is not in {@link #rules()}
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
    public PsdmEngine onlyRules(Collection<String> ruleIds) {
        Set<String> ids = Set.copyOf(ruleIds);
        for (String id : ids) {
            if (ruleSet.rule(id).isEmpty()) {
                throw new IllegalArgumentException("onlyRules: no rule with id " + id + " in this engine (engine.rules() lists "
                        + ruleSet.rules().size() + ": " + ruleSet.rules().stream().map(RuleDescriptor::id).toList() + ")");
            }
        }
        return new PsdmEngine(ruleSet, conventions, ids);
    }

    /** The conventions this engine applies. */
    public Conventions conventions() {
        return conventions;
    }

    /**
     * What this engine's conventions change, as each of its reports states it ({@link Report#conventions()}):
     * where they come from, the rules they switch off and those they re-severity ({@code psdm rules --config}).
     */
    public ConventionsUsed conventionsUsed() {
        return conventionsUsed;
    }

    /**
     * An engine with the same rules (custom DRL is not compiled again) under other conventions,
     * e.g. to check one snapshot against several teams' thresholds.
     *
     * @throws IllegalArgumentException when the conventions override a rule id this engine does not have
     */
    public PsdmEngine withConventions(Conventions other) {
        return new PsdmEngine(ruleSet, Objects.requireNonNull(other, "conventions"), only);
    }

    /** Evaluates as of the snapshot's fetch time. */
    public Report evaluate(Snapshot snapshot) {
        return evaluate(snapshot, EvaluationOptions.defaults());
    }

    /** Evaluates every enabled rule against the snapshot. Thread-safe. */
    public Report evaluate(Snapshot snapshot, EvaluationOptions options) {
        Objects.requireNonNull(snapshot, "snapshot");
        long start = System.nanoTime();
        Duration timeout = options.ruleTimeout().orElse(null);
        // one pattern budget for the whole evaluation (issue 22 item 7), at most half of --rule-timeout: patterns
        // over budget leave texts undecided, they must not leave the rules without time and fail the run
        long patternDeadline = start + (timeout == null ? Regexes.EVALUATION_BUDGET_NANOS
                : Math.min(Regexes.EVALUATION_BUDGET_NANOS, timeout.toNanos() / 2));
        try (Regexes.Budget patterns = Regexes.openBudget(patternDeadline)) {
            Report report = evaluate(snapshot, options, start, timeout);
            List<String> undecided = patterns.undecided();
            return undecided.isEmpty() ? report : PatternsUndecided.apply(report, undecided);
        }
    }

    private Report evaluate(Snapshot snapshot, EvaluationOptions options, long start, Duration timeout) {
        Instant asOf = options.asOf().orElse(snapshot.fetchedAt());
        DerivedFacts derived = derivation.run(snapshot, asOf, conventions);
        if (timeout != null && System.nanoTime() - start > timeout.toNanos()) {
            throw RuleTimeoutException.inDerivation(timeout, snapshot.project().pathWithNamespace());
        }

        Map<String, RuleResult> decidedUpFront = new HashMap<>();
        Set<String> active = new HashSet<>();
        for (RuleDescriptor rule : ruleSet.rules()) {
            if (!conventions.isEnabled(rule.id()) || !selected(rule.id())) {
                continue;
            }
            RuleResult preset = judgement.preset(rule, snapshot, derived);
            if (preset != null) {
                decidedUpFront.put(rule.id(), preset);
            } else {
                active.add(rule.id());
            }
        }

        EvidenceLog evidenceLog = new EvidenceLog(options.evidence());
        Findings findings = new SessionFiring(ruleSet, kieBases, factTypes)
                .fire(snapshot, derived, active, timeout, start, evidenceLog);

        List<RuleResult> results = new ArrayList<>();
        SkippedRecords skipped = new SkippedRecords(snapshot, judgement::planResource);
        EvidenceAssembler evidence = new EvidenceAssembler(evidenceLog, snapshot, derived.context().size(),
                conventions.settings(), judgement::planResource);
        for (RuleDescriptor rule : ruleSet.rules()) {
            if (decidedUpFront.containsKey(rule.id())) {
                results.add(evidence.attach(rule, decidedUpFront.get(rule.id())));
            } else if (active.contains(rule.id())) {
                results.add(evidence.attach(rule, skipped.vouch(judgement.of(rule, findings), rule)));
            }
        }
        var project = snapshot.project();
        Report report = new Report(new ProjectRef(project.id(), project.pathWithNamespace(), project.name(), project.webUrl()),
                asOf, new SizeInfo(derived.context().size().sizeClass(), derived.context().size().reason()), results);
        // data that failed to read makes the run incomplete (issue 22 item 2), absent-by-design data does not
        List<ReadFailure> readFailures = snapshot.gaps().stream().filter(DataGap::isReadFailure)
                .map(gap -> new ReadFailure(gap.resource(), gap.reason())).toList();
        // waivers are judged on the as-of day in UTC, the calendar RAID staleness counts in
        // what reading left out or decided reaches every report format (issue 22 items 1 and 2)
        List<DataNotice> dataNotices = snapshot.notices().stream()
                .map(n -> new DataNotice(n.resource(), n.subject(), n.message())).toList();
        LocalDate asOfDay = LocalDate.ofInstant(asOf, ZoneOffset.UTC);
        Report judged = Waivers.apply(report.withReadFailures(readFailures).withDataNotices(dataNotices)
                .withFetchedAt(snapshot.fetchedAt()).withConventions(conventionsUsed)
                .withAsOfOutsideData(DataPeriod.outside(snapshot, asOf).orElse(null)), conventions.waivers(), asOfDay);
        // the heat map (issue 27 item 2) reads the ceremony rules' results; an engine of a few rules has no map
        return only == null ? judged.withCeremonies(CeremonyMaps.of(derived, judged, asOfDay)) : judged;
    }

    private boolean selected(String ruleId) {
        return only == null || only.contains(ruleId);
    }

    /**
     * Builds a {@link PsdmEngine}: conventions, custom DRL and severity overrides, all optional.
     * Not thread-safe; the engine it builds is. Custom DRL is read and compiled by {@link #build()}.
     */
    public static final class Builder {
        private Conventions conventions = Conventions.defaults();
        private final List<DrlSource> customRules = new ArrayList<>();
        private final Map<String, Severity> severities = new LinkedHashMap<>();

        private Builder() {
        }

        /** The team's conventions; the handbook defaults otherwise. */
        public Builder conventions(Conventions value) {
            this.conventions = Objects.requireNonNull(value, "conventions");
            return this;
        }

        /**
         * Adds a DRL file of custom rules (see docs/writing-rules.md), read when the engine is built: a
         * file that cannot be read fails {@link #build()} with an {@link InvalidRulesException} naming it.
         */
        public Builder addRules(Path drlFile) {
            customRules.add(DrlSource.of(Objects.requireNonNull(drlFile, "addRules(Path): drlFile")));
            return this;
        }

        /**
         * Adds custom rules from a URL, e.g. a jar entry. For a class-path resource by name, prefer
         * {@link #addRulesFromClasspath(String)}, which says when the resource is missing.
         */
        public Builder addRules(URL drlResource) {
            customRules.add(DrlSource.of(Objects.requireNonNull(drlResource, "addRules(URL): the URL is null "
                    + "(Class.getResource returns null for a missing resource: addRulesFromClasspath(name) names it)")));
            return this;
        }

        /**
         * Adds custom rules from a class-path resource, named from the class-path root
         * ({@code "acme/team-rules.drl"} for {@code src/main/resources/acme/team-rules.drl}).
         *
         * @throws IllegalArgumentException when there is no such resource (and says when it is a file instead)
         */
        public Builder addRulesFromClasspath(String resource) {
            customRules.add(DrlSource.ofClasspath(Objects.requireNonNull(resource, "addRulesFromClasspath: resource")));
            return this;
        }

        /**
         * Adds custom rules given as DRL text. Messages call it {@code inline DRL #n}, {@code n} its
         * position among the rule sources added to this builder.
         */
        public Builder addDrl(String drl) {
            customRules.add(DrlSource.inline(Objects.requireNonNull(drl, "addDrl: drl"), customRules.size() + 1));
            return this;
        }

        /**
         * Adds custom rules given as DRL text read from somewhere that cannot be read twice (a pipe:
         * {@code --rules <(...)}); messages call it {@code name}.
         */
        public Builder addDrl(String drl, String name) {
            customRules.add(DrlSource.named(Objects.requireNonNull(drl, "addDrl: drl"), Objects.requireNonNull(name, "addDrl: name")));
            return this;
        }

        /**
         * DRL text, as {@link #addDrl(String)}; a one-word text (a file or resource name) is refused with
         * what was meant.
         *
         * @deprecated reads like a file name: use {@link #addDrl(String)}, {@link #addRules(Path)} or
         * {@link #addRulesFromClasspath(String)}
         */
        @Deprecated
        public Builder addRules(String drl) {
            customRules.add(DrlSource.inlineChecked(Objects.requireNonNull(drl, "addRules(String): drl"), customRules.size() + 1));
            return this;
        }

        /**
         * As {@link #addDrl(String, String)}.
         *
         * @deprecated use {@link #addDrl(String, String)}
         */
        @Deprecated
        public Builder addRules(String drl, String name) {
            return addDrl(drl, name);
        }

        /**
         * Reports a rule's failures at this severity, whatever the rule or the conventions say
         * (a per-finding severity in the DRL included). Applied on top of {@link #conventions}.
         */
        public Builder severity(String ruleId, Severity severity) {
            severities.put(Objects.requireNonNull(ruleId, "ruleId"), Objects.requireNonNull(severity, "severity"));
            return this;
        }

        /**
         * Compiles the custom rules, if any, and builds the engine. Without custom rules this only
         * loads the pre-built bundled rules (shared by all engines); each custom DRL set costs
         * a DRL compilation (about a second).
         *
         * @throws InvalidRulesException    when custom DRL cannot be read, does not compile, lacks metadata
         *                                  or reuses a rule id; the message names the file and line
         * @throws IllegalArgumentException when the conventions or a severity override name an unknown rule id
         * @throws IllegalStateException    when custom DRL was added but the DRL compiler is not on the class path
         *                                  (add {@code dev.psdm:psdm-drl}), or no rule catalog is
         */
        public PsdmEngine build() {
            RuleSet ruleSet = customRules.isEmpty() ? RuleSet.bundled() : RuleSet.bundled().withCustom(customRules);
            for (String id : severities.keySet()) {
                // said in Java terms: the conventions' own check would name a .psdm.yml key the caller never wrote
                if (ruleSet.rule(id).isEmpty()) {
                    throw new IllegalArgumentException("severity(\"" + id + "\", ...): unknown rule id; engine.rules() lists the "
                            + ruleSet.rules().size() + " ids of this engine's rules (psdm rules on the command line)");
                }
            }
            return new PsdmEngine(ruleSet, withSeverities(conventions));
        }

        private Conventions withSeverities(Conventions base) {
            if (severities.isEmpty()) {
                return base;
            }
            Map<String, Conventions.RuleOverride> rules = new HashMap<>(base.rules());
            severities.forEach((id, severity) -> rules.merge(id, new Conventions.RuleOverride(null, severity),
                    (old, added) -> new Conventions.RuleOverride(old.enabled(), severity)));
            return base.withRules(rules);
        }
    }
}
