package dev.psdm.engine.conventions;

import dev.psdm.report.Severity;
import dev.psdm.report.Waiver;
import org.jspecify.annotations.Nullable;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A team's conventions ({@code .psdm.yml}): the values of every declared {@link Setting} (how psdm-check
 * recognises Iteration 0, ceremonies, RAID items, the CP labels and the closeout, and when it calls something
 * stale: the engine's own in {@link EngineSettings}, each rule family's beside its DRL), per-rule overrides,
 * waivers, and where they were read from. {@link #defaults()} follows the handbook; {@link #load(Path)} reads
 * a team's file on top of them (every key is described in docs/conventions.md). Inserted into every session
 * as a fact, beside {@link Settings}.
 *
 * @param settings what the file set, the defaults for the rest
 * @param rules    per-rule overrides (enabled, severity) by rule id
 * @param waivers  accepted deviations (applied to the report after the rules ran)
 * @param source   the file (and lines) these conventions were read from
 */
public record Conventions(Settings settings, Map<String, RuleOverride> rules, List<Waiver> waivers,
                          ConventionsSource source) {

    private static final Conventions DEFAULTS = new Conventions(Settings.defaults(), Map.of(), List.of(),
            ConventionsSource.IN_CODE);

    public Conventions {
        Objects.requireNonNull(settings, "settings");
        rules = Collections.unmodifiableMap(new LinkedHashMap<>(rules));
        waivers = List.copyOf(waivers);
        source = source == null ? ConventionsSource.IN_CODE : source;
    }

    /**
     * Per-rule switches: {@code enabled: false} drops the rule; {@code severity} replaces its default.
     * Either is null when {@code .psdm.yml} leaves it unset.
     */
    public record RuleOverride(@Nullable Boolean enabled, @Nullable Severity severity) {
    }

    /** The handbook's defaults (see RULES.md and docs/conventions.md). */
    public static Conventions defaults() {
        return DEFAULTS;
    }

    /**
     * Reads a {@code .psdm.yml}: the handbook's defaults, changed by what the file says.
     *
     * @throws ConventionsException for a file that cannot be used, with file, line and key
     * @throws java.io.UncheckedIOException for a file that cannot be read (missing: {@link java.nio.file.NoSuchFileException}
     *         as the cause), as {@link ConventionsYaml#read(Path)}
     */
    public static Conventions load(Path file) {
        return ConventionsYaml.read(file);
    }

    /** The value of a setting: what the file set, else its default. */
    public <T> T get(Setting<T> setting) {
        return settings.get(setting);
    }

    /** A copy with one setting changed: {@code conventions.with(WeightSettings.MAX_WEIGHT, 5)}. */
    public <T> Conventions with(Setting<T> setting, T value) {
        return new Conventions(settings.with(setting, value), rules, waivers, source);
    }

    /** A copy with these per-rule overrides. */
    public Conventions withRules(Map<String, RuleOverride> newRules) {
        return new Conventions(settings, newRules, waivers, source);
    }

    /** A copy with the override of one rule added or replaced. */
    public Conventions withRule(String ruleId, RuleOverride override) {
        Map<String, RuleOverride> copy = new LinkedHashMap<>(rules);
        copy.put(ruleId, override);
        return withRules(copy);
    }

    /** A copy with these waivers (applied to the report after the rules ran, see {@code dev.psdm.report.Waivers}). */
    public Conventions withWaivers(List<Waiver> newWaivers) {
        return new Conventions(settings, rules, newWaivers, source);
    }

    /** A builder starting from these conventions: {@code Conventions.defaults().toBuilder().set(s, v).build()}. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** A copy that says where it was read from. */
    public Conventions withSource(ConventionsSource newSource) {
        return new Conventions(settings, rules, waivers, newSource);
    }

    /** A copy that reads iterations from milestones, or not. */
    public Conventions withIterationsAsMilestones(boolean value) {
        return with(EngineSettings.ITERATIONS_AS_MILESTONES, value);
    }

    /** The override for a rule, if the conventions have one. */
    public Optional<RuleOverride> override(String ruleId) {
        return Optional.ofNullable(rules.get(ruleId));
    }

    public boolean isEnabled(String ruleId) {
        RuleOverride o = rules.get(ruleId);
        return o == null || o.enabled() == null || o.enabled();
    }

    // ---- the engine's settings most rules and derivers ask about, by name (DRL reads them as properties) ----

    /** The team tracks iterations as milestones (agile-to-GitLab mapping). */
    public boolean iterationsAsMilestones() {
        return get(EngineSettings.ITERATIONS_AS_MILESTONES);
    }

    /** The derivation's numbers (RAID staleness, project size), also a fact in every session. */
    public Thresholds thresholds() {
        return Thresholds.of(settings);
    }

    /** Labels that put an issue in the RAID log. */
    public List<String> raidLabels() {
        return get(EngineSettings.RAID_LABELS);
    }

    /** The label puts an issue in the RAID log (compared as GitLab does, ignoring case). */
    public boolean isRaidLabel(String label) {
        return raidLabels().stream().anyMatch(l -> l.equalsIgnoreCase(label));
    }

    /** Labels that mark an issue as an internal retrospective. */
    public List<String> internalRetrospectiveLabels() {
        return get(EngineSettings.INTERNAL_RETROSPECTIVE_LABELS);
    }

    /** Internal retrospectives live outside the collaboration project, so no snapshot of it can show them. */
    public boolean internalRetrospectivesElsewhere() {
        return get(EngineSettings.INTERNAL_RETROSPECTIVE_LOCATION) == RetrospectiveLocation.INTERNAL_PROJECT;
    }

    /**
     * Changes some conventions, keeps the others:
     * {@code Conventions.defaults().toBuilder().set(EngineSettings.RAID_LABELS, List.of("Risk")).build()}.
     */
    public static final class Builder {
        private Settings settings;
        private final Map<String, RuleOverride> rules;
        private List<Waiver> waivers;
        private ConventionsSource source;

        private Builder(Conventions c) {
            settings = c.settings;
            rules = new LinkedHashMap<>(c.rules);
            waivers = c.waivers;
            source = c.source;
        }

        /** Sets one setting (the engine's or a rule family's): {@code b.set(WeightSettings.MAX_WEIGHT, 5)}. */
        public <T> Builder set(Setting<T> setting, T value) {
            settings = settings.with(setting, value);
            return this;
        }

        /** Adds or replaces the override of one rule. */
        public Builder rule(String ruleId, RuleOverride override) {
            rules.put(ruleId, override);
            return this;
        }

        public Builder waivers(List<Waiver> v) {
            waivers = v;
            return this;
        }

        public Builder source(ConventionsSource v) {
            source = v;
            return this;
        }

        public Conventions build() {
            return new Conventions(settings, rules, waivers, source);
        }
    }
}
