package dev.psdm.engine.conventions;

import dev.psdm.engine.facts.CeremonyKind;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The settings the engine's derivation owns (what the cross-cutting facts are made of: the plan, Iteration 0,
 * ceremony records, RAID items, the communication plan, records that are not work, the project size), declared
 * like a rule family's and listed in psdm-engine's {@code META-INF/services/dev.psdm.engine.conventions.RuleSettings}.
 * {@code psdm config --print-defaults} prints them in this order, a rule family's after them in each section.
 */
public final class EngineSettings implements RuleSettings {
    public static final Setting<Boolean> ITERATIONS_AS_MILESTONES = Setting.flag("iterationsAsMilestones", false,
            "Read iterations from milestones (with start and due dates) instead of GitLab iterations:\n"
                    + "the agile-to-GitLab mapping lets a team track iterations as milestones.");

    public static final Setting<Pattern> ITERATION_ZERO_TITLE = Setting.regex("iterationZero.title",
            "(?i)\\b(iteration|sprint)\\s*+0\\b|kick-?off|discovery",
            "The first iteration is Iteration 0 when its title matches.");
    public static final Setting<Pattern> KICKOFF_ISSUE_TITLE = Setting.regex("iterationZero.kickoffIssueTitle",
            "(?i)kick-?off|discovery", "...or when it holds an issue titled like this (untitled cadence iterations).");

    public static final Setting<String> CEREMONY_LABEL_PREFIX = Setting.text("ceremonies.labelPrefix", "ceremony::",
            "A label <prefix><kind> (ceremony::planning, ceremony::weekly-status) marks a record whatever its title.");
    private static final Map<CeremonyKind, Setting<Pattern>> CEREMONY_TITLES = ceremonyTitles(
            ceremonyTitle(CeremonyKind.PLANNING, "(?i)iteration\\s*+(\\d++\\s*+)?planning|sprint planning",
                    "Iteration planning records (PSDM-CER-001)."),
            ceremonyTitle(CeremonyKind.REVIEW,
                    "(?i)iteration\\s*+(\\d++\\s*+)?review|status report|weekly status|sprint review",
                    "Iteration review / status report records (PSDM-CER-002)."),
            ceremonyTitle(CeremonyKind.REFINEMENT, "(?i)backlog refinement|grooming", "Backlog refinement records (PSDM-CER-003)."),
            ceremonyTitle(CeremonyKind.STANDUP, "(?i)stand-?up",
                    "Daily standup records, also searched in the communication plan (PSDM-CER-004)."),
            ceremonyTitle(CeremonyKind.RETROSPECTIVE, "(?i)retro(spective)?", "In-project retrospective records (PSDM-CER-005)."),
            ceremonyTitle(CeremonyKind.WEEKLY_STATUS, "(?i)weekly status|status report",
                    "Weekly status records of small projects (PSDM-CER-006)."));

    public static final Setting<Pattern> COMMUNICATION_PLAN_TITLE = Setting.regex("communicationPlan.title",
            "(?i)communication\\s*+plan", "An issue or wiki page titled like this is the communication plan (PSDM-COMM-001).");

    public static final Setting<List<String>> RAID_LABELS = Setting.labels("labels.raid", List.of("PS RAID Log", "PS Risk"),
            "Labels that put an issue in the RAID log (PSDM-RAID-*, PSDM-IT0-003).");
    public static final Setting<List<String>> HIGH_PRIORITY_LABELS = Setting.labels("labels.highPriority",
            List.of("PS:: Priority High", "Escalated"),
            "Labels that make a RAID item high priority (stale sooner, reported as ERROR).");

    public static final Setting<RetrospectiveLocation> INTERNAL_RETROSPECTIVE_LOCATION = new Setting<>(
            "internalRetrospectives.location", SettingType.LOCATION, RetrospectiveLocation.COLLABORATION_PROJECT,
            "collaboration-project: look for them in the snapshot (PSDM-RET-001);\n"
                    + "internal-project: they live in the internal PS plan project, so PSDM-RET-001 is NOT_EVALUATED.");
    public static final Setting<Pattern> INTERNAL_RETROSPECTIVE_TITLE = Setting.regex("internalRetrospectives.title",
            "(?i)internal\\s++retro(spective)?", "An issue or wiki page titled like this is an internal retrospective record.");
    public static final Setting<List<String>> INTERNAL_RETROSPECTIVE_LABELS = Setting.labels("internalRetrospectives.labels",
            List.of("PS Internal Retro"), "...and so is an issue carrying one of these labels.");

    public static final Setting<Integer> RAID_STALE_DAYS = Setting.wholeNumber("thresholds.raidStaleDays", 14, 1,
            "An open RAID item not updated for more days than this is stale (PSDM-RAID-002).");
    public static final Setting<Integer> RAID_HIGH_PRIORITY_STALE_DAYS = Setting.wholeNumber(
            "thresholds.raidHighPriorityStaleDays", 7, 1, "The same for high-priority RAID items.");
    public static final Setting<Integer> MAX_SMALL_ITERATIONS = Setting.wholeNumber("thresholds.maxSmallIterations", 5, 0,
            "More delivery iterations than this make a project LARGE (Guidelines for PSDM: 5).");
    public static final Setting<Integer> MAX_SMALL_SPAN_MONTHS = Setting.wholeNumber("thresholds.maxSmallSpanMonths", 2, 1,
            "A planned span of more months than this makes a project LARGE (Guidelines for PSDM: two months).");

    /**
     * Which GitLab work item types are units of work for the rules about work (weights, epics, the
     * board, refinement). GitLab never shows tasks on boards and a task inherits its parent's epic;
     * incidents and test cases are not planned work.
     */
    public static final Setting<List<String>> WORK_ITEM_TYPES = Setting.labels("workItems.types", List.of("issue"),
            "GitLab work item types that count as work for PSDM-WGT-*, PSDM-EPIC-001, PSDM-LBL-002 and PSDM-BKL-001:\n"
                    + "tasks (never on boards, in their parent's epic), incidents and test cases are left out by default.");

    /** The title pattern setting of a ceremony kind ({@code ceremonies.titles.<kind>}). */
    public static Setting<Pattern> ceremonyTitle(CeremonyKind kind) {
        return CEREMONY_TITLES.get(kind);
    }

    @Override
    public List<Setting<?>> settings() {
        List<Setting<?>> all = new ArrayList<>(List.of(ITERATIONS_AS_MILESTONES, ITERATION_ZERO_TITLE, KICKOFF_ISSUE_TITLE,
                CEREMONY_LABEL_PREFIX));
        all.addAll(CEREMONY_TITLES.values());
        all.addAll(List.of(COMMUNICATION_PLAN_TITLE, RAID_LABELS, HIGH_PRIORITY_LABELS, INTERNAL_RETROSPECTIVE_LOCATION,
                INTERNAL_RETROSPECTIVE_TITLE, INTERNAL_RETROSPECTIVE_LABELS, RAID_STALE_DAYS, RAID_HIGH_PRIORITY_STALE_DAYS,
                MAX_SMALL_ITERATIONS, MAX_SMALL_SPAN_MONTHS, WORK_ITEM_TYPES));
        return all;
    }

    private static Map.Entry<CeremonyKind, Setting<Pattern>> ceremonyTitle(CeremonyKind kind, String regex, String comment) {
        return Map.entry(kind, Setting.regex("ceremonies.titles." + kind.key(), regex, comment));
    }

    @SafeVarargs
    private static Map<CeremonyKind, Setting<Pattern>> ceremonyTitles(Map.Entry<CeremonyKind, Setting<Pattern>>... entries) {
        Map<CeremonyKind, Setting<Pattern>> map = new EnumMap<>(CeremonyKind.class);
        for (Map.Entry<CeremonyKind, Setting<Pattern>> e : entries) {
            map.put(e.getKey(), e.getValue());
        }
        return Collections.unmodifiableMap(map);
    }
}
