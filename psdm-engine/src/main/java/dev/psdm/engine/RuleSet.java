package dev.psdm.engine;

import dev.psdm.report.RuleDescriptor;

import dev.psdm.engine.InvalidRulesException.Problem;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Global;
import org.kie.api.definition.rule.Rule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import java.util.function.Predicate;

/**
 * The compiled rules an engine fires, with their catalog. The bundled rules are one KieBase
 * pre-built into the executable model; custom DRL, when there is any, is a second KieBase compiled
 * when the engine is built. Keeping them apart means an engine without custom rules never
 * compiles DRL, at the price of a second session (the same facts inserted twice) per evaluation.
 */
final class RuleSet {
    static final String FINDINGS_GLOBAL = "findings";

    private final List<KieBase> kieBases;
    private final List<RuleDescriptor> rules;
    private final Map<String, RuleDescriptor> rulesById;
    /** Per custom rule name (every clause), the file it came from: what a failing rule's message names. */
    private final Map<String, String> customSources;
    /** The compiled custom DRL (the second KieBase), or null: copies of it hold a subset of its rules. */
    private final CustomRuleCompiler.@Nullable Compiled custom;

    private RuleSet(List<KieBase> kieBases, List<RuleDescriptor> rules) {
        this(kieBases, rules, Map.of(), null);
    }

    private RuleSet(List<KieBase> kieBases, List<RuleDescriptor> rules, Map<String, String> customSources,
                    CustomRuleCompiler.@Nullable Compiled custom) {
        this.custom = custom;
        this.customSources = Map.copyOf(customSources);
        this.kieBases = List.copyOf(kieBases);
        List<RuleDescriptor> sorted = new ArrayList<>(rules);
        sorted.sort(Comparator.comparing(RuleDescriptor::id));
        this.rules = List.copyOf(sorted);
        Map<String, RuleDescriptor> byId = new HashMap<>();
        for (RuleDescriptor r : sorted) {
            byId.put(r.id(), r);
        }
        this.rulesById = Map.copyOf(byId);
    }

    /**
     * The rules shipped in psdm-rules. Shared by every engine: a KieBase is immutable and thread-safe.
     * Loaded on first use; a failure (no catalog on the class path) is thrown again, with the same clear
     * message, on every call instead of poisoning the class (issue 28 item 5: a class-holder idiom made
     * the first test error with ExceptionInInitializerError and every later one with NoClassDefFoundError).
     */
    static RuleSet bundled() {
        RuleSet loaded = bundled;
        if (loaded == null) {
            synchronized (RuleSet.class) {
                loaded = bundled;
                if (loaded == null) {
                    loaded = describeBundled(BundledRules.kieBase());
                    bundled = loaded;
                }
            }
        }
        return loaded;
    }

    private static volatile @Nullable RuleSet bundled;

    /**
     * The bundled rules plus custom DRL. Custom rules must declare the same metadata as bundled ones,
     * use ids of their own, and report through the {@code findings} global.
     *
     * @throws InvalidRulesException naming every file and problem
     */
    RuleSet withCustom(List<DrlSource> sources) {
        CustomRuleCompiler.Compiled compiled = CustomRuleCompiler.compile(sources);
        List<Problem> problems = new ArrayList<>();
        checkFindingsGlobal(compiled, problems);

        List<RuleDescriptor> custom = new ArrayList<>();
        Map<String, String> mainRuleSource = new HashMap<>();
        Map<String, Rule> parts = new LinkedHashMap<>();
        Map<String, String> fileOfRule = new HashMap<>(customSources);
        for (Rule rule : rulesOf(compiled.kieBase())) {
            fileOfRule.put(rule.getName(), compiled.sourceOf(rule));
            Object rawId = rule.getMetaData().get("id");
            if (rawId == null) {
                continue;
            }
            String id = RuleMetadata.unquote(rawId);
            String source = compiled.sourceOf(rule);
            if (rulesById.containsKey(id)) {
                // Also for @part clauses: a custom rule must never report under a bundled rule's id.
                problems.add(new Problem(source, 0, 0, "rule \"" + rule.getName() + "\" uses the id " + id
                        + " of a bundled rule; give your rules ids of their own (e.g. TEAM-RAID-001)"));
                continue;
            }
            RuleDescriptor descriptor;
            try {
                descriptor = RuleMetadata.describe(rule);
            } catch (IllegalArgumentException | IllegalStateException e) {
                problems.add(new Problem(source, 0, 0, e.getMessage()));
                // its @part clauses are not orphans: the one problem is this rule's metadata
                mainRuleSource.putIfAbsent(id, source);
                continue;
            }
            if (descriptor == null) {
                parts.put(id, rule);
            } else if (mainRuleSource.putIfAbsent(id, source) != null) {
                problems.add(new Problem(source, 0, 0, "rule \"" + rule.getName() + "\" declares @id(\"" + id
                        + "\") already declared in " + mainRuleSource.get(id)
                        + "; a second clause of the same rule declares only @id and @part"));
            } else {
                custom.add(descriptor);
            }
        }
        parts.forEach((id, rule) -> {
            if (!mainRuleSource.containsKey(id)) {
                problems.add(new Problem(compiled.sourceOf(rule), 0, 0, "rule \"" + rule.getName()
                        + "\" is a @part of " + id + " but no rule declares that id with its metadata"));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidRulesException(problems);
        }
        List<RuleDescriptor> all = new ArrayList<>(rules);
        all.addAll(custom);
        List<KieBase> bases = new ArrayList<>(kieBases);
        bases.add(compiled.kieBase());
        return new RuleSet(bases, all, fileOfRule, compiled);
    }

    /** The file a custom rule (named as in its DRL) came from, or null for a bundled rule. */
    @Nullable String customSourceOf(String ruleName) {
        return customSources.get(ruleName);
    }

    /** The names of the custom rules (every clause), to find which one a Drools error is about. */
    Set<String> customRuleNames() {
        return customSources.keySet();
    }

    /** The KieBases to fire, each in its own session, with the same facts and findings collector. */
    List<KieBase> kieBases() {
        return kieBases;
    }

    /**
     * The KieBases to fire when only the rules {@code enabled} accepts run: the bundled one is then
     * built without the bundled rules switched off (see {@link BundledRules#kieBaseWithout}).
     */
    List<KieBase> kieBasesFor(Predicate<String> enabled) {
        return kieBasesFor(enabled, null);
    }

    /**
     * The KieBases to fire when only the rules {@code enabled} accepts run and, when {@code only} is
     * given, only those rules are in the KieBases at all: the custom KieBase is left out when none of
     * its rules is selected, and copied without the others when some are (so that a custom sibling
     * whose condition throws is not even matched). The bundled KieBase stays first, if empty.
     */
    List<KieBase> kieBasesFor(Predicate<String> enabled, @Nullable Set<String> only) {
        Set<String> off = new HashSet<>();
        for (RuleDescriptor rule : bundled().rules()) {
            if (!enabled.test(rule.id()) || (only != null && !only.contains(rule.id()))) {
                off.add(rule.id());
            }
        }
        List<KieBase> bases = new ArrayList<>(kieBases);
        if (!off.isEmpty()) {
            bases.set(0, BundledRules.kieBaseWithout(off));
        }
        if (only != null && custom != null) {
            boolean anyCustom = only.stream().anyMatch(id -> bundled().rule(id).isEmpty());
            if (anyCustom) {
                // rules without an @id (helpers that insert facts) stay: the selected rule may rely on them
                bases.set(1, custom.kieBaseOf(rule -> {
                    Object id = rule.getMetaData().get("id");
                    return id == null || only.contains(RuleMetadata.unquote(id));
                }));
            } else {
                bases.remove(1);
            }
        }
        return List.copyOf(bases);
    }

    /** The catalog, sorted by id. */
    List<RuleDescriptor> rules() {
        return rules;
    }

    Optional<RuleDescriptor> rule(String id) {
        return Optional.ofNullable(rulesById.get(id));
    }

    /**
     * The engine sets the global on every session, which Drools refuses unless a package declares
     * it; and a global of another type would only fail at the first evaluation.
     */
    private static void checkFindingsGlobal(CustomRuleCompiler.Compiled compiled, List<Problem> problems) {
        boolean declared = false;
        for (KiePackage pkg : compiled.kieBase().getKiePackages()) {
            for (Global global : pkg.getGlobalVariables()) {
                if (FINDINGS_GLOBAL.equals(global.getName())) {
                    declared = true;
                    if (!Findings.class.getName().equals(global.getType())) {
                        problems.add(new Problem("package " + pkg.getName(), 0, 0, "global 'findings' is declared as "
                                + global.getType() + "; declare it as 'global " + Findings.class.getName() + " findings;'"));
                    }
                }
            }
        }
        if (!declared) {
            problems.add(new Problem(String.join(", ", compiled.sourceByPath().values()), 0, 0,
                    "no rule file declares 'global " + Findings.class.getName() + " findings;', through which rules report"));
        }
    }

    private static List<Rule> rulesOf(KieBase kieBase) {
        List<Rule> list = new ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            list.addAll(pkg.getRules());
        }
        return list;
    }

    /** Bundled rules are ours: a missing key or a duplicate id is a bug, caught by the build's tests. */
    private static RuleSet describeBundled(KieBase kieBase) {
        List<RuleDescriptor> list = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Rule rule : rulesOf(kieBase)) {
            RuleDescriptor d = RuleMetadata.describe(rule);
            if (d == null) {
                continue;
            }
            if (!seen.add(d.id())) {
                throw new IllegalStateException("two rules declare @id(\"" + d.id() + "\")");
            }
            list.add(d);
        }
        return new RuleSet(List.of(kieBase), list);
    }
}
