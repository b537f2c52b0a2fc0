package dev.psdm.engine.conventions;

import dev.psdm.engine.conventions.YamlTree.Node;
import dev.psdm.engine.facts.CeremonyKind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Every key of {@code .psdm.yml} (except {@code rules} and {@code waivers}): its path, its type, what
 * it means, how to read it from {@link Conventions} and how to set it on a builder. The reader, the
 * commented defaults file ({@code psdm config --print-defaults}) and the docs check all use this one
 * list, so a key cannot exist in one and not the others.
 */
final class ConventionKeys {
    private ConventionKeys() {
    }

    /** Where a value sits, to say so in an error. */
    record Where(String file, String path, int line) {
        ConventionsException error(String problem) {
            return new ConventionsException(file, line, path, problem);
        }
    }

    /** How a value is read from YAML and written back. */
    interface Type<T> {
        T parse(Node node, Where where);

        /** The value after "key:", or the indented block below it (then starting with a line break). */
        String render(T value, String indent);
    }

    /** One key of the file. */
    record Key<T>(String path, Type<T> type, String comment, Function<Conventions, T> get,
                  BiConsumer<Conventions.Builder, T> set) {
        void apply(Node node, Where where, Conventions.Builder builder) {
            set.accept(builder, type.parse(node, where));
        }

        String render(Conventions c, String indent) {
            return type.render(get.apply(c), indent);
        }
    }

    // ---- the keys, in file order ----

    /** Comments printed above a section of the defaults file. */
    static final Map<String, String> SECTIONS = sections(
            "iterationZero", "Iteration 0 (handbook: kickoff, stakeholder planning and discovery).",
            "ceremonies", "Ceremony records: issues (or wiki pages) recognised by title or by the label <labelPrefix><kind>.",
            "communicationPlan", "The communication plan (handbook: the iteration schedule and cadence are part of it).",
            "labels", "The CP (Customer Project) labels and the RAID log (handbook: Label Guidelines).",
            "internalRetrospectives", "Internal retrospectives (handbook: RAID & Internal/Customer Retrospective).",
            "backlog", "Backlog items (post-sales discovery template: Overview, Open Questions, Tasks, Acceptance Criteria).",
            "closeout", "The end of the project (post-sales workflow: 4. Customer Success).",
            "thresholds", "Numbers the rules compare against.",
            "workItems", "Work items: the issues the rules about work judge (weights, epics, the board, refinement).");

    /** The engine's own keys, then the settings of the rule families on the class path. */
    static final List<Key<?>> ALL = withDeclaredSettings(List.of(
            new Key<>("iterationsAsMilestones", ValueTypes.BOOL,
                    "Read iterations from milestones (with start and due dates) instead of GitLab iterations:\n"
                            + "the agile-to-GitLab mapping lets a team track iterations as milestones.",
                    Conventions::iterationsAsMilestones, Conventions.Builder::iterationsAsMilestones),

            new Key<>("iterationZero.title", ValueTypes.REGEX,
                    "The first iteration is Iteration 0 when its title matches.",
                    Conventions::iterationZeroTitle, Conventions.Builder::iterationZeroTitle),
            new Key<>("iterationZero.kickoffIssueTitle", ValueTypes.REGEX,
                    "...or when it holds an issue titled like this (untitled cadence iterations).",
                    Conventions::kickoffIssueTitle, Conventions.Builder::kickoffIssueTitle),
            new Key<>("iterationZero.activities", ValueTypes.NAMED_REGEX,
                    "What Iteration 0 covers (PSDM-IT0-002): name -> title of its issue or wiki page.\n"
                            + "Replaces the whole list; add e.g. 'EM to PS transition' to check the handoff too.",
                    Conventions::iterationZeroActivities, Conventions.Builder::iterationZeroActivities),

            new Key<>("ceremonies.labelPrefix", ValueTypes.TEXT,
                    "A label <prefix><kind> (ceremony::planning, ceremony::weekly-status) marks a record whatever its title.",
                    Conventions::ceremonyLabelPrefix, Conventions.Builder::ceremonyLabelPrefix),
            ceremonyTitle(CeremonyKind.PLANNING, "Iteration planning records (PSDM-CER-001)."),
            ceremonyTitle(CeremonyKind.REVIEW, "Iteration review / status report records (PSDM-CER-002)."),
            ceremonyTitle(CeremonyKind.REFINEMENT, "Backlog refinement records (PSDM-CER-003)."),
            ceremonyTitle(CeremonyKind.STANDUP, "Daily standup records, also searched in the communication plan (PSDM-CER-004)."),
            ceremonyTitle(CeremonyKind.RETROSPECTIVE, "In-project retrospective records (PSDM-CER-005)."),
            ceremonyTitle(CeremonyKind.WEEKLY_STATUS, "Weekly status records of small projects (PSDM-CER-006)."),

            new Key<>("communicationPlan.title", ValueTypes.REGEX,
                    "An issue or wiki page titled like this is the communication plan (PSDM-COMM-001).",
                    Conventions::communicationPlanTitle, Conventions.Builder::communicationPlanTitle),

            new Key<>("labels.sow", ValueTypes.REGEX,
                    "The label naming the SOW or PO: 'SOW-# or PO#' (PSDM-LBL-001).",
                    Conventions::sowLabel, Conventions.Builder::sowLabel),
            new Key<>("labels.pm", ValueTypes.REGEX,
                    "The label naming the project manager, e.g. PM::Jane Doe (PSDM-LBL-001).",
                    Conventions::pmLabel, Conventions.Builder::pmLabel),
            new Key<>("labels.workflowPrefix", ValueTypes.TEXT,
                    "The scoped labels of the workflow board (PSDM-LBL-001, PSDM-LBL-002).",
                    Conventions::workflowLabelPrefix, Conventions.Builder::workflowLabelPrefix),
            new Key<>("labels.raid", ValueTypes.LABELS,
                    "Labels that put an issue in the RAID log (PSDM-RAID-*, PSDM-IT0-003).",
                    Conventions::raidLabels, Conventions.Builder::raidLabels),
            new Key<>("labels.highPriority", ValueTypes.LABELS,
                    "Labels that make a RAID item high priority (stale sooner, reported as ERROR).",
                    Conventions::highPriorityLabels, Conventions.Builder::highPriorityLabels),

            new Key<>("internalRetrospectives.location", ValueTypes.LOCATION,
                    "collaboration-project: look for them in the snapshot (PSDM-RET-001);\n"
                            + "internal-project: they live in the internal PS plan project, so PSDM-RET-001 is NOT_EVALUATED.",
                    Conventions::internalRetrospectiveLocation, Conventions.Builder::internalRetrospectiveLocation),
            new Key<>("internalRetrospectives.title", ValueTypes.REGEX,
                    "An issue or wiki page titled like this is an internal retrospective record.",
                    Conventions::internalRetrospectiveTitle, Conventions.Builder::internalRetrospectiveTitle),
            new Key<>("internalRetrospectives.labels", ValueTypes.LABELS,
                    "...and so is an issue carrying one of these labels.",
                    Conventions::internalRetrospectiveLabels, Conventions.Builder::internalRetrospectiveLabels),

            new Key<>("backlog.acceptanceCriteria", ValueTypes.REGEX,
                    "Finds the Acceptance Criteria section of an issue description (PSDM-BKL-001).",
                    Conventions::acceptanceCriteria, Conventions.Builder::acceptanceCriteria),

            new Key<>("closeout.activities", ValueTypes.NAMED_REGEX,
                    "What the end of the project records (PSDM-CLOSE-001): name -> title of its issue or wiki page.\n"
                            + "Replaces the whole list.",
                    Conventions::closeoutActivities, Conventions.Builder::closeoutActivities),

            threshold("raidStaleDays", 1, "An open RAID item not updated for more days than this is stale (PSDM-RAID-002).",
                    Thresholds::raidStaleDays, Thresholds.Builder::raidStaleDays),
            threshold("raidHighPriorityStaleDays", 1, "The same for high-priority RAID items.",
                    Thresholds::raidHighPriorityStaleDays, Thresholds.Builder::raidHighPriorityStaleDays),
            threshold("maxSmallIterations", 0, "More delivery iterations than this make a project LARGE (Guidelines for PSDM: 5).",
                    Thresholds::maxSmallIterations, Thresholds.Builder::maxSmallIterations),
            threshold("maxSmallSpanMonths", 1, "A planned span of more months than this makes a project LARGE (Guidelines for PSDM: two months).",
                    Thresholds::maxSmallSpanMonths, Thresholds.Builder::maxSmallSpanMonths)));

    /**
     * The engine's keys and every declared {@link Setting}, grouped by top-level section in the order the
     * sections first appear (so that the printed file opens each section once).
     */
    private static List<Key<?>> withDeclaredSettings(List<Key<?>> engineKeys) {
        List<Key<?>> all = new ArrayList<>(engineKeys);
        for (Setting<?> setting : Settings.declared()) {
            all.add(keyOf(setting));
        }
        List<String> sections = new ArrayList<>();
        for (Key<?> key : all) {
            String section = key.path().contains(".") ? key.path().substring(0, key.path().indexOf('.')) : key.path();
            if (!sections.contains(section)) {
                sections.add(section);
            }
        }
        List<Key<?>> grouped = new ArrayList<>();
        for (String section : sections) {
            for (Key<?> key : all) {
                if (key.path().equals(section) || key.path().startsWith(section + ".")) {
                    grouped.add(key);
                }
            }
        }
        return List.copyOf(grouped);
    }

    private static <T> Key<T> keyOf(Setting<T> setting) {
        return new Key<>(setting.path(), setting.type().yaml(), setting.comment(), c -> c.get(setting),
                (b, v) -> b.set(setting, v));
    }

    private static Key<Pattern> ceremonyTitle(CeremonyKind kind, String comment) {
        return new Key<>("ceremonies.titles." + kind.key(), ValueTypes.REGEX, comment, c -> c.ceremonyTitles().get(kind),
                (b, v) -> b.ceremonyTitle(kind, v));
    }

    private static Key<Integer> threshold(String name, int min, String comment, Function<Thresholds, Integer> get,
                                          BiConsumer<Thresholds.Builder, Integer> set) {
        return new Key<>("thresholds." + name, ValueTypes.wholeNumber(min), comment, c -> get.apply(c.thresholds()),
                (b, v) -> b.thresholds(t -> {
                    set.accept(t, v);
                    return t;
                }));
    }

    private static Map<String, String> sections(String... nameThenComment) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int k = 0; k < nameThenComment.length; k += 2) {
            map.put(nameThenComment[k], nameThenComment[k + 1]);
        }
        return map;
    }
}
