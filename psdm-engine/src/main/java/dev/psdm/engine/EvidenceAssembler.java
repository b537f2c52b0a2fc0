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
import java.util.TreeSet;
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
        Map<Subject, List<EvidenceItem>> byFinding = new HashMap<>();
        for (Finding f : result.findings()) {
            byFinding.put(f.subject(), new ArrayList<>());
        }
        List<EvidenceItem> rest = new ArrayList<>();
        TreeSet<EvidenceItem> sorted = new TreeSet<>(EvidenceItem.ORDER); // sorted and each item once
        sorted.addAll(log.itemsOf(rule.id()));
        for (EvidenceItem item : sorted) {
            List<EvidenceItem> own = item.about() == null ? null : byFinding.get(item.about());
            if (own != null) {
                own.add(item.onItsFinding());
            } else {
                rest.add(item);
            }
        }
        rest.addAll(outcomeItems(rule, result));
        List<Finding> findings = result.findings();
        if (byFinding.values().stream().anyMatch(l -> !l.isEmpty())) {
            findings = findings.stream().map(f -> f.withEvidence(capped(byFinding.get(f.subject())))).toList();
        }
        List<String> lookedAt = new ArrayList<>(resourceCounts(rule));
        lookedAt.addAll(log.lookedAtOf(rule.id()));
        Evidence evidence = new Evidence(lookedAt, capped(rest), Math.max(0, rest.size() - Evidence.MAX_ITEMS),
                settingsUsed(rule));
        return result.with(result.status(), result.severity(), findings).withEvidence(evidence);
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
