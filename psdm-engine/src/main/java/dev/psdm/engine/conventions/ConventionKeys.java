package dev.psdm.engine.conventions;

import dev.psdm.engine.conventions.YamlTree.Node;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The layout of {@code .psdm.yml} (except {@code rules} and {@code waivers}): every declared {@link Setting}
 * (the engine's and the rule families'), grouped by section. The reader, the commented defaults file
 * ({@code psdm config --print-defaults}) and the docs all use this one list, so a key cannot exist in one and
 * not the others.
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

    /** Comments printed above a section of the defaults file, in the order the file lists the sections. */
    static final Map<String, String> SECTIONS = sections(
            "iterationZero", "Iteration 0 (handbook: kickoff, stakeholder planning and discovery).",
            "ceremonies", "Ceremony records: issues (or wiki pages) recognised by title or by the label <labelPrefix><kind>.",
            "communicationPlan", "The communication plan (handbook: the iteration schedule and cadence are part of it).",
            "labels", "The CP (Customer Project) labels and the RAID log (handbook: Label Guidelines).",
            "internalRetrospectives", "Internal retrospectives (handbook: RAID & Internal/Customer Retrospective).",
            "backlog", "Backlog items (post-sales discovery template: Overview, Open Questions, Tasks, Acceptance Criteria).",
            "closeout", "The end of the project (post-sales workflow: 4. Customer Success).",
            "thresholds", "Numbers the rules compare against.",
            "workItems", "Work items: the issues the rules about work judge (weights, epics, the board, refinement).",
            "report", "What the reports link to.",
            "publish", "psdm publish: the compliance issue and the reminders (docs/publish.md); its options win over these keys.");

    /**
     * Keys a section lists before its others, in this order. The printed defaults file is a contract users
     * copy: when the CP labels became PSDM-LBL-001's own settings (declared after the engine's RAID labels),
     * the labels section kept the order it had. A new setting needs no entry here.
     */
    private static final Map<String, List<String>> LEADING = Map.of(
            "labels", List.of("labels.sow", "labels.pm", "labels.workflowPrefix"));

    /**
     * Every declared setting in file order: top-level keys first, then by section (the sections above in
     * their order, any other in the order first declared); in a section the keys {@link #LEADING} names,
     * then the engine's settings, then each family's (families by class name), each in its declared order.
     */
    static final List<Setting<?>> ALL = inFileOrder(Settings.declared());

    private static List<Setting<?>> inFileOrder(List<Setting<?>> declared) {
        Set<String> sections = new LinkedHashSet<>();
        sections.add("");
        sections.addAll(SECTIONS.keySet());
        for (Setting<?> setting : declared) {
            sections.add(sectionOf(setting));
        }
        List<Setting<?>> ordered = new ArrayList<>();
        for (String section : sections) {
            List<String> leading = LEADING.getOrDefault(section, List.of());
            for (String path : leading) {
                declared.stream().filter(s -> s.path().equals(path)).forEach(ordered::add);
            }
            for (Setting<?> setting : declared) {
                if (sectionOf(setting).equals(section) && !leading.contains(setting.path())) {
                    ordered.add(setting);
                }
            }
        }
        return List.copyOf(ordered);
    }

    private static String sectionOf(Setting<?> setting) {
        int dot = setting.path().indexOf('.');
        return dot < 0 ? "" : setting.path().substring(0, dot);
    }

    private static Map<String, String> sections(String... nameThenComment) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int k = 0; k < nameThenComment.length; k += 2) {
            map.put(nameThenComment[k], nameThenComment[k + 1]);
        }
        return map;
    }
}
