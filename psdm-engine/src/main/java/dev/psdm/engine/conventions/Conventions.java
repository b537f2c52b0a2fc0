package dev.psdm.engine.conventions;

import dev.psdm.report.Waiver;

import dev.psdm.engine.facts.CeremonyKind;
import dev.psdm.report.Severity;

import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A team's naming conventions and thresholds: how psdm-check recognises Iteration 0, ceremonies,
 * RAID items, the CP labels and the closeout, and when it calls something stale. {@link #defaults()}
 * follows the handbook; {@link #load(Path)} reads a team's {@code .psdm.yml} on top of them (every
 * key is described in docs/conventions.md). Inserted into every session as a fact, so DRL can ask
 * {@code $c.isWorkflowLabel(name)} instead of hard-coding a label.
 *
 * @param iterationZeroTitle            an iteration (or milestone) whose title matches this is Iteration 0
 * @param kickoffIssueTitle             issues matching this in the first iteration make it Iteration 0
 * @param iterationZeroActivities       what Iteration 0 covers, by name, with the title that recognises its record
 * @param ceremonyTitles                per ceremony kind, the title pattern that recognises its records
 * @param ceremonyLabelPrefix           a label {@code <prefix><kind>} (e.g. {@code ceremony::planning}) also marks a record
 * @param communicationPlanTitle        an issue or wiki page titled like this is the communication plan
 * @param sowLabel                      the CP label naming the SOW or PO ({@code SOW-1234}, {@code PO#98765})
 * @param pmLabel                       the CP label naming the project manager ({@code PM::Jane Doe})
 * @param workflowLabelPrefix           the scoped labels of the workflow board ({@code PSD Workflow::})
 * @param raidLabels                    labels that put an issue in the RAID log
 * @param highPriorityLabels            labels that make a RAID item high priority
 * @param internalRetrospectiveLocation where internal retrospectives live
 * @param internalRetrospectiveTitle    an issue or wiki page titled like this is an internal retrospective
 * @param internalRetrospectiveLabels   labels that mark an issue as an internal retrospective
 * @param acceptanceCriteria            finds the Acceptance Criteria section in an issue description
 * @param closeoutActivities            what the end of a project records, by name, with the title that recognises it
 * @param iterationsAsMilestones        the team tracks iterations as milestones (agile-to-GitLab mapping)
 * @param thresholds                    numbers the derivation compares against (RAID staleness, project size)
 * @param settings                      the rule families' own settings ({@link Setting}), e.g. {@code thresholds.maxWeight}
 * @param rules                         per-rule overrides (enabled, severity) by rule id
 * @param waivers                       accepted deviations (applied to the report after the rules ran)
 * @param source                        the file (and lines) these conventions were read from
 */
public record Conventions(Pattern iterationZeroTitle, Pattern kickoffIssueTitle,
                          Map<String, Pattern> iterationZeroActivities,
                          Map<CeremonyKind, Pattern> ceremonyTitles, String ceremonyLabelPrefix,
                          Pattern communicationPlanTitle,
                          Pattern sowLabel, Pattern pmLabel, String workflowLabelPrefix,
                          List<String> raidLabels, List<String> highPriorityLabels,
                          RetrospectiveLocation internalRetrospectiveLocation, Pattern internalRetrospectiveTitle,
                          List<String> internalRetrospectiveLabels,
                          Pattern acceptanceCriteria, Map<String, Pattern> closeoutActivities,
                          boolean iterationsAsMilestones, Thresholds thresholds, Settings settings,
                          Map<String, RuleOverride> rules, List<Waiver> waivers, ConventionsSource source) {

    public Conventions {
        iterationZeroActivities = ordered(iterationZeroActivities);
        ceremonyTitles = Collections.unmodifiableMap(new EnumMap<>(ceremonyTitles));
        raidLabels = List.copyOf(raidLabels);
        highPriorityLabels = List.copyOf(highPriorityLabels);
        internalRetrospectiveLabels = List.copyOf(internalRetrospectiveLabels);
        closeoutActivities = ordered(closeoutActivities);
        Objects.requireNonNull(thresholds, "thresholds");
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

    private static final Conventions DEFAULTS = new Conventions(
            Pattern.compile("(?i)\\b(iteration|sprint)\\s*+0\\b|kick-?off|discovery"),
            Pattern.compile("(?i)kick-?off|discovery"),
            patterns("customer kickoff", "(?i)kick-?off",
                    "stakeholder planning", "(?i)stakeholder",
                    "discovery", "(?i)discovery"),
            defaultCeremonyTitles(),
            "ceremony::",
            Pattern.compile("(?i)communication\\s*+plan"),
            Pattern.compile("(?i)^(SOW-\\d++|PO#?\\d++)\\b"),
            Pattern.compile("(?i)^PM\\s*+(::|:|-)\\s*+\\S"),
            "PSD Workflow::",
            List.of("PS RAID Log", "PS Risk"),
            List.of("PS:: Priority High", "Escalated"),
            RetrospectiveLocation.COLLABORATION_PROJECT,
            Pattern.compile("(?i)internal\\s++retro(spective)?"),
            List.of("PS Internal Retro"),
            Pattern.compile("(?im)^[#*_\\h]*+acceptance\\s++criteria\\b"),
            patterns("end-of-project retrospective", "(?i)(project|final|close-?out|end[- ]of[- ]project)\\s++retro(spective)?",
                    "go-live recap", "(?i)go-?live|recap",
                    "support handoff", "(?i)support\\s++hand-?off|hand-?off\\s++to\\s++support"),
            false,
            Thresholds.defaults(),
            Settings.defaults(),
            Map.of(), List.of(), ConventionsSource.IN_CODE);

    /** The handbook's defaults (see RULES.md and docs/conventions.md). */
    public static Conventions defaults() {
        return DEFAULTS;
    }

    /**
     * Reads a {@code .psdm.yml}: the handbook's defaults, changed by what the file says.
     *
     * @throws ConventionsException for a file that cannot be read or used, with file, line and key
     */
    public static Conventions load(Path file) {
        return ConventionsYaml.read(file);
    }

    private static Map<CeremonyKind, Pattern> defaultCeremonyTitles() {
        Map<CeremonyKind, Pattern> map = new EnumMap<>(CeremonyKind.class);
        map.put(CeremonyKind.PLANNING, Pattern.compile("(?i)iteration\\s*+(\\d++\\s*+)?planning|sprint planning"));
        map.put(CeremonyKind.REVIEW, Pattern.compile("(?i)iteration\\s*+(\\d++\\s*+)?review|status report|weekly status|sprint review"));
        map.put(CeremonyKind.REFINEMENT, Pattern.compile("(?i)backlog refinement|grooming"));
        map.put(CeremonyKind.STANDUP, Pattern.compile("(?i)stand-?up"));
        map.put(CeremonyKind.RETROSPECTIVE, Pattern.compile("(?i)retro(spective)?"));
        map.put(CeremonyKind.WEEKLY_STATUS, Pattern.compile("(?i)weekly status|status report"));
        return map;
    }

    private static Map<String, Pattern> patterns(String... nameThenRegex) {
        Map<String, Pattern> map = new LinkedHashMap<>();
        for (int k = 0; k < nameThenRegex.length; k += 2) {
            map.put(nameThenRegex[k], Pattern.compile(nameThenRegex[k + 1]));
        }
        return map;
    }

    private static <V> Map<String, V> ordered(Map<String, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /** The override for a rule, if the conventions have one. */
    public Optional<RuleOverride> override(String ruleId) {
        return Optional.ofNullable(rules.get(ruleId));
    }

    public boolean isEnabled(String ruleId) {
        RuleOverride o = rules.get(ruleId);
        return o == null || o.enabled() == null || o.enabled();
    }

    /** The label names the SOW or PO ("SOW-# or PO#", handbook Label Guidelines). */
    public boolean isSowLabel(String label) {
        return label != null && Regexes.find(sowLabel, label);
    }

    /** The label names the project manager ("PM name", handbook Label Guidelines). */
    public boolean isPmLabel(String label) {
        return label != null && Regexes.find(pmLabel, label);
    }

    /** The label puts an issue in the RAID log (compared as GitLab does, ignoring case). */
    public boolean isRaidLabel(String label) {
        return raidLabels.stream().anyMatch(l -> l.equalsIgnoreCase(label));
    }

    /** The label is a stage of the workflow board ("PSD workflow (for issue board management)"). */
    public boolean isWorkflowLabel(String label) {
        return label != null && label.regionMatches(true, 0, workflowLabelPrefix, 0, workflowLabelPrefix.length());
    }

    /** The description has an Acceptance Criteria section (post-sales discovery issue template). */
    public boolean hasAcceptanceCriteria(String description) {
        return description != null && Regexes.find(acceptanceCriteria, description);
    }

    /** Internal retrospectives live outside the collaboration project, so no snapshot of it can show them. */
    public boolean internalRetrospectivesElsewhere() {
        return internalRetrospectiveLocation == RetrospectiveLocation.INTERNAL_PROJECT;
    }

    /** A builder starting from these conventions. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** A copy with these thresholds. */
    public Conventions withThresholds(Thresholds newThresholds) {
        return toBuilder().thresholds(newThresholds).build();
    }

    /** The value of a rule family's setting: what the file set, else its default. */
    public <T> T get(Setting<T> setting) {
        return settings.get(setting);
    }

    /** A copy with one rule family's setting changed. */
    public <T> Conventions with(Setting<T> setting, T value) {
        return toBuilder().set(setting, value).build();
    }

    /** A copy with these per-rule overrides. */
    public Conventions withRules(Map<String, RuleOverride> newRules) {
        return toBuilder().rules(newRules).build();
    }

    /** A copy with these waivers (applied to the report after the rules ran, see {@code dev.psdm.report.Waivers}). */
    public Conventions withWaivers(List<Waiver> newWaivers) {
        return toBuilder().waivers(newWaivers).build();
    }

    /** A copy that reads iterations from milestones, or not. */
    public Conventions withIterationsAsMilestones(boolean value) {
        return toBuilder().iterationsAsMilestones(value).build();
    }

    /** Changes some conventions, keeps the others: {@code Conventions.defaults().toBuilder().raidLabels(List.of("Risk")).build()}. */
    public static final class Builder {
        private Pattern iterationZeroTitle;
        private Pattern kickoffIssueTitle;
        private Map<String, Pattern> iterationZeroActivities;
        private final Map<CeremonyKind, Pattern> ceremonyTitles;
        private String ceremonyLabelPrefix;
        private Pattern communicationPlanTitle;
        private Pattern sowLabel;
        private Pattern pmLabel;
        private String workflowLabelPrefix;
        private List<String> raidLabels;
        private List<String> highPriorityLabels;
        private RetrospectiveLocation internalRetrospectiveLocation;
        private Pattern internalRetrospectiveTitle;
        private List<String> internalRetrospectiveLabels;
        private Pattern acceptanceCriteria;
        private Map<String, Pattern> closeoutActivities;
        private boolean iterationsAsMilestones;
        private Thresholds thresholds;
        private Settings settings;
        private Map<String, RuleOverride> rules;
        private List<Waiver> waivers;
        private ConventionsSource source;

        private Builder(Conventions c) {
            iterationZeroTitle = c.iterationZeroTitle;
            kickoffIssueTitle = c.kickoffIssueTitle;
            iterationZeroActivities = c.iterationZeroActivities;
            ceremonyTitles = new EnumMap<>(c.ceremonyTitles);
            ceremonyLabelPrefix = c.ceremonyLabelPrefix;
            communicationPlanTitle = c.communicationPlanTitle;
            sowLabel = c.sowLabel;
            pmLabel = c.pmLabel;
            workflowLabelPrefix = c.workflowLabelPrefix;
            raidLabels = c.raidLabels;
            highPriorityLabels = c.highPriorityLabels;
            internalRetrospectiveLocation = c.internalRetrospectiveLocation;
            internalRetrospectiveTitle = c.internalRetrospectiveTitle;
            internalRetrospectiveLabels = c.internalRetrospectiveLabels;
            acceptanceCriteria = c.acceptanceCriteria;
            closeoutActivities = c.closeoutActivities;
            iterationsAsMilestones = c.iterationsAsMilestones;
            thresholds = c.thresholds;
            settings = c.settings;
            rules = c.rules;
            waivers = c.waivers;
            source = c.source;
        }

        public Builder iterationZeroTitle(Pattern v) {
            iterationZeroTitle = v;
            return this;
        }

        public Builder kickoffIssueTitle(Pattern v) {
            kickoffIssueTitle = v;
            return this;
        }

        public Builder iterationZeroActivities(Map<String, Pattern> v) {
            iterationZeroActivities = v;
            return this;
        }

        public Builder ceremonyTitle(CeremonyKind kind, Pattern v) {
            ceremonyTitles.put(kind, v);
            return this;
        }

        public Builder ceremonyLabelPrefix(String v) {
            ceremonyLabelPrefix = v;
            return this;
        }

        public Builder communicationPlanTitle(Pattern v) {
            communicationPlanTitle = v;
            return this;
        }

        public Builder sowLabel(Pattern v) {
            sowLabel = v;
            return this;
        }

        public Builder pmLabel(Pattern v) {
            pmLabel = v;
            return this;
        }

        public Builder workflowLabelPrefix(String v) {
            workflowLabelPrefix = v;
            return this;
        }

        public Builder raidLabels(List<String> v) {
            raidLabels = v;
            return this;
        }

        public Builder highPriorityLabels(List<String> v) {
            highPriorityLabels = v;
            return this;
        }

        public Builder internalRetrospectiveLocation(RetrospectiveLocation v) {
            internalRetrospectiveLocation = v;
            return this;
        }

        public Builder internalRetrospectiveTitle(Pattern v) {
            internalRetrospectiveTitle = v;
            return this;
        }

        public Builder internalRetrospectiveLabels(List<String> v) {
            internalRetrospectiveLabels = v;
            return this;
        }

        public Builder acceptanceCriteria(Pattern v) {
            acceptanceCriteria = v;
            return this;
        }

        public Builder closeoutActivities(Map<String, Pattern> v) {
            closeoutActivities = v;
            return this;
        }

        public Builder iterationsAsMilestones(boolean v) {
            iterationsAsMilestones = v;
            return this;
        }

        public Builder thresholds(Thresholds v) {
            thresholds = v;
            return this;
        }

        /** Sets a rule family's setting: {@code b.set(WeightSettings.MAX_WEIGHT, 5)}. */
        public <T> Builder set(Setting<T> setting, T value) {
            settings = settings.with(setting, value);
            return this;
        }

        public Builder settings(Settings v) {
            settings = v;
            return this;
        }

        /** Changes some thresholds: {@code b.thresholds(t -> t.raidStaleDays(10))}. */
        public Builder thresholds(UnaryOperator<Thresholds.Builder> change) {
            thresholds = change.apply(thresholds.toBuilder()).build();
            return this;
        }

        public Builder rules(Map<String, RuleOverride> v) {
            rules = v;
            return this;
        }

        /** Adds or replaces the override of one rule. */
        public Builder rule(String ruleId, RuleOverride v) {
            Map<String, RuleOverride> copy = new LinkedHashMap<>(rules);
            copy.put(ruleId, v);
            rules = copy;
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
            return new Conventions(iterationZeroTitle, kickoffIssueTitle, iterationZeroActivities, ceremonyTitles,
                    ceremonyLabelPrefix, communicationPlanTitle, sowLabel, pmLabel, workflowLabelPrefix, raidLabels,
                    highPriorityLabels, internalRetrospectiveLocation, internalRetrospectiveTitle,
                    internalRetrospectiveLabels, acceptanceCriteria, closeoutActivities, iterationsAsMilestones,
                    thresholds, settings, rules, waivers, source);
        }
    }
}
