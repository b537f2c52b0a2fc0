package dev.psdm.rules.conventions;

import dev.psdm.rules.facts.CeremonyKind;
import dev.psdm.rules.report.Severity;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A team's naming conventions and thresholds: how psdm-check recognises Iteration 0, ceremonies
 * and RAID items, and when it calls something stale. {@link #defaults()} follows the handbook.
 *
 * @param iterationZeroTitle     an iteration (or milestone) whose title matches this is Iteration 0
 * @param kickoffIssueTitle      issues matching this in the first iteration make it Iteration 0
 * @param ceremonyTitles         per ceremony kind, the title pattern that recognises its records
 * @param ceremonyLabelPrefix    a label {@code <prefix><kind>} (e.g. {@code ceremony::planning}) also marks a record
 * @param raidLabels             labels that put an issue in the RAID log
 * @param highPriorityLabels     labels that make a RAID item high priority
 * @param communicationPlanTitle an issue or wiki page titled like this is the communication plan
 * @param iterationsAsMilestones the team tracks iterations as milestones (agile-to-GitLab mapping)
 * @param thresholds             numbers the rules compare against
 * @param rules                  per-rule overrides (enabled, severity) by rule id
 * @param waivers                accepted deviations (applied to the report after the rules ran)
 */
public record Conventions(Pattern iterationZeroTitle, Pattern kickoffIssueTitle,
                          Map<CeremonyKind, Pattern> ceremonyTitles, String ceremonyLabelPrefix,
                          List<String> raidLabels, List<String> highPriorityLabels,
                          Pattern communicationPlanTitle, boolean iterationsAsMilestones, Thresholds thresholds,
                          Map<String, RuleOverride> rules, List<Waiver> waivers) {

    public Conventions {
        ceremonyTitles = Map.copyOf(new EnumMap<>(ceremonyTitles));
        raidLabels = List.copyOf(raidLabels);
        highPriorityLabels = List.copyOf(highPriorityLabels);
        rules = Map.copyOf(rules);
        waivers = List.copyOf(waivers);
    }

    /** Per-rule switches: {@code enabled: false} drops the rule; {@code severity} replaces its default. */
    public record RuleOverride(Boolean enabled, Severity severity) {
    }

    private static final Conventions DEFAULTS = new Conventions(
            Pattern.compile("(?i)\\b(iteration|sprint)\\s*0\\b|kick-?off|discovery"),
            Pattern.compile("(?i)kick-?off|discovery"),
            defaultCeremonyTitles(),
            "ceremony::",
            List.of("PS RAID Log", "PS Risk"),
            List.of("PS:: Priority High", "Escalated"),
            Pattern.compile("(?i)communication\\s*plan"),
            false,
            new Thresholds(14, 7, 3, 2, 5, 2),
            Map.of(), List.of());

    /** The handbook's defaults (see RULES.md). */
    public static Conventions defaults() {
        return DEFAULTS;
    }

    private static Map<CeremonyKind, Pattern> defaultCeremonyTitles() {
        Map<CeremonyKind, Pattern> map = new EnumMap<>(CeremonyKind.class);
        map.put(CeremonyKind.PLANNING, Pattern.compile("(?i)iteration\\s*\\d*\\s*planning|sprint planning"));
        map.put(CeremonyKind.REVIEW, Pattern.compile("(?i)iteration\\s*\\d*\\s*review|status report|weekly status|sprint review"));
        map.put(CeremonyKind.REFINEMENT, Pattern.compile("(?i)backlog refinement|grooming"));
        map.put(CeremonyKind.STANDUP, Pattern.compile("(?i)stand-?up"));
        map.put(CeremonyKind.RETROSPECTIVE, Pattern.compile("(?i)retro(spective)?"));
        map.put(CeremonyKind.WEEKLY_STATUS, Pattern.compile("(?i)weekly status|status report"));
        return map;
    }

    /** The override for a rule, if the conventions have one. */
    public Optional<RuleOverride> override(String ruleId) {
        return Optional.ofNullable(rules.get(ruleId));
    }

    public boolean isEnabled(String ruleId) {
        RuleOverride o = rules.get(ruleId);
        return o == null || o.enabled() == null || o.enabled();
    }

    /** A copy with these thresholds. */
    public Conventions withThresholds(Thresholds newThresholds) {
        return new Conventions(iterationZeroTitle, kickoffIssueTitle, ceremonyTitles, ceremonyLabelPrefix,
                raidLabels, highPriorityLabels, communicationPlanTitle, iterationsAsMilestones, newThresholds, rules, waivers);
    }

    /** A copy with these per-rule overrides. */
    public Conventions withRules(Map<String, RuleOverride> newRules) {
        return new Conventions(iterationZeroTitle, kickoffIssueTitle, ceremonyTitles, ceremonyLabelPrefix,
                raidLabels, highPriorityLabels, communicationPlanTitle, iterationsAsMilestones, thresholds, newRules, waivers);
    }

    /** A copy with these waivers (applied to the report after the rules ran, see {@code dev.psdm.rules.report.Waivers}). */
    public Conventions withWaivers(List<Waiver> newWaivers) {
        return new Conventions(iterationZeroTitle, kickoffIssueTitle, ceremonyTitles, ceremonyLabelPrefix,
                raidLabels, highPriorityLabels, communicationPlanTitle, iterationsAsMilestones, thresholds, rules, newWaivers);
    }

    /** A copy that reads iterations from milestones, or not. */
    public Conventions withIterationsAsMilestones(boolean value) {
        return new Conventions(iterationZeroTitle, kickoffIssueTitle, ceremonyTitles, ceremonyLabelPrefix,
                raidLabels, highPriorityLabels, communicationPlanTitle, value, thresholds, rules, waivers);
    }
}
