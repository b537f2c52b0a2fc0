package dev.psdm.engine;

import dev.psdm.engine.conventions.Settings;
import dev.psdm.engine.facts.ProjectSize;
import dev.psdm.model.DataGap;
import dev.psdm.model.Snapshot;
import dev.psdm.report.Evidence;
import dev.psdm.report.EvidenceItem;
import dev.psdm.report.Finding;
import dev.psdm.report.RuleDescriptor;
import dev.psdm.report.RuleResult;
import dev.psdm.report.Status;
import dev.psdm.report.Subject;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Turns what rules reported as evidence into each result's {@link Evidence} (issue 29), once per rule
 * after firing, so building it costs nothing while rules match. What every rule gets without saying
 * anything: the records of the resources it {@code @requires} (as counts), the {@code @config} keys with
 * the values this run used, the project's derived size when it does not apply, the data gap when it could
 * not be evaluated. What a rule said goes with the finding it is about, or else with the result.
 * Everything is sorted, so a report is byte-identical for the same snapshot and as-of.
 */
final class EvidenceAssembler {
    private final EvidenceLog log;
    private final Snapshot snapshot;
    private final ProjectSize size;
    private final Settings settings;
    private final UnaryOperator<String> planResource;

    EvidenceAssembler(EvidenceLog log, Snapshot snapshot, ProjectSize size, Settings settings,
                      UnaryOperator<String> planResource) {
        this.log = log;
        this.snapshot = snapshot;
        this.size = size;
        this.settings = settings;
        this.planResource = planResource;
    }

    RuleResult attach(RuleDescriptor rule, RuleResult result) {
        if (!log.isOn()) {
            return result;
        }
        // each item goes with the finding it is about, or else with the result; only then is each group sorted,
        // so that a rule with thousands of findings sorts thousands of lists of one or two items, not one set of
        // every item (a TreeSet of all of them cost a tenth of the evaluation at 100k issues; issue 29 item 4)
        Map<Subject, List<EvidenceItem>> byFinding = new HashMap<>();
        for (Finding f : result.findings()) {
            byFinding.put(f.subject(), new ArrayList<>(2));
        }
        List<EvidenceItem> said = new ArrayList<>();
        boolean onFindings = false;
        for (EvidenceItem item : log.itemsOf(rule.id())) {
            List<EvidenceItem> own = item.about() == null ? null : byFinding.get(item.about());
            if (own != null) {
                own.add(item);
                onFindings = true;
            } else {
                said.add(item);
            }
        }
        List<EvidenceItem> rest = sortedOnce(said);
        rest.addAll(outcomeItems(rule, result));
        List<Finding> findings = result.findings();
        if (onFindings) {
            findings = findings.stream().map(f -> f.withEvidence(onItsFinding(byFinding.get(f.subject())))).toList();
        }
        List<String> lookedAt = new ArrayList<>(resourceCounts(rule));
        lookedAt.addAll(log.lookedAtOf(rule.id()));
        Evidence evidence = new Evidence(lookedAt, capped(rest), Math.max(0, rest.size() - Evidence.MAX_ITEMS),
                settingsUsed(rule));
        return result.with(result.status(), result.severity(), findings).withEvidence(evidence);
    }

    /** The items in {@link EvidenceItem#ORDER}, each once (as said twice by a rule that fired twice). */
    private static List<EvidenceItem> sortedOnce(List<EvidenceItem> items) {
        List<EvidenceItem> sorted = new ArrayList<>(items);
        if (sorted.size() < 2) {
            return sorted;
        }
        sorted.sort(EvidenceItem.ORDER);
        int kept = 1;
        for (int i = 1; i < sorted.size(); i++) {
            if (EvidenceItem.ORDER.compare(sorted.get(kept - 1), sorted.get(i)) != 0) {
                sorted.set(kept++, sorted.get(i));
            }
        }
        return new ArrayList<>(sorted.subList(0, kept));
    }

    /** A finding's own items, sorted, each once, at most {@link Evidence#MAX_ITEMS}, without repeating its subject. */
    private static List<EvidenceItem> onItsFinding(List<EvidenceItem> items) {
        List<EvidenceItem> own = capped(sortedOnce(items));
        List<EvidenceItem> shown = new ArrayList<>(own.size());
        for (EvidenceItem item : own) {
            shown.add(item.onItsFinding());
        }
        return shown;
    }

    private static List<EvidenceItem> capped(List<EvidenceItem> items) {
        return items.size() <= Evidence.MAX_ITEMS ? items : items.subList(0, Evidence.MAX_ITEMS);
    }

    /** NOT_APPLICABLE rests on the derived size; NOT_EVALUATED on the data gaps of what the rule requires. */
    private List<EvidenceItem> outcomeItems(RuleDescriptor rule, RuleResult result) {
        List<EvidenceItem> items = new ArrayList<>();
        if (result.status() == Status.NOT_APPLICABLE) {
            items.add(new EvidenceItem(EvidenceItem.Kind.SIZE, null, null,
                    "Project size " + size.sizeClass() + ": " + size.reason()));
        } else if (result.status() == Status.NOT_EVALUATED) {
            for (String required : rule.requires()) {
                String resource = planResource.apply(required);
                snapshot.gap(resource).ifPresent(gap -> items.add(new EvidenceItem(EvidenceItem.Kind.DATA_GAP, null, null,
                        resource + (gap.isReadFailure() ? " could not be read: " : " is not in the snapshot: ") + gap.reason())));
            }
            if (items.isEmpty() && result.reason() != null) {
                items.add(new EvidenceItem(EvidenceItem.Kind.DATA_GAP, null, null, result.reason()));
            }
        }
        return items;
    }

    /** "420 issues", "14 iterations": the snapshot's records of each resource the rule requires. */
    private List<String> resourceCounts(RuleDescriptor rule) {
        List<String> lines = new ArrayList<>();
        for (String required : rule.requires()) {
            String resource = planResource.apply(required);
            if (snapshot.gap(resource).isPresent()) {
                continue;
            }
            Integer n = switch (resource) {
                case DataGap.ISSUES -> snapshot.issues().size();
                case DataGap.ITERATIONS -> snapshot.iterations().size();
                case DataGap.MILESTONES -> snapshot.milestones().size();
                case DataGap.LABELS -> snapshot.labels().size();
                case DataGap.EPICS -> snapshot.epics().size();
                case DataGap.BOARDS -> snapshot.boards().size();
                case DataGap.WIKI -> snapshot.wikiPages().size();
                default -> null;
            };
            if (n != null) {
                lines.add(n + " " + resource + " in the snapshot");
            }
        }
        return lines;
    }

    /** The rule's {@code @config} keys that name a setting, with this run's values, in the order declared. */
    private List<Evidence.SettingUsed> settingsUsed(RuleDescriptor rule) {
        List<Evidence.SettingUsed> used = new ArrayList<>();
        for (String key : rule.doc().configKeys()) {
            Settings.declaredAt(key).ifPresent(s -> used.add(new Evidence.SettingUsed(key, settings.valueText(s))));
        }
        return used;
    }
}
