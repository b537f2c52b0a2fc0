package dev.psdm.engine;

import dev.psdm.report.EvidenceItem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The evidence rules report during one evaluation, per rule id, kept as rules said it (the report's
 * {@link dev.psdm.report.Evidence} is assembled once, after firing, by {@link EvidenceAssembler}).
 * An evaluation {@linkplain EvaluationOptions#withoutEvidence() without evidence} keeps nothing.
 */
final class EvidenceLog {
    private final boolean on;
    private final Map<String, Set<String>> lookedAt = new HashMap<>();
    private final Map<String, List<EvidenceItem>> items = new HashMap<>();

    EvidenceLog(boolean on) {
        this.on = on;
    }

    boolean isOn() {
        return on;
    }

    void lookedAt(String ruleId, String what) {
        if (on) {
            lookedAt.computeIfAbsent(ruleId, k -> new LinkedHashSet<>()).add(what);
        }
    }

    void item(String ruleId, EvidenceItem item) {
        if (on) {
            items.computeIfAbsent(ruleId, k -> new ArrayList<>()).add(item);
        }
    }

    /** What the rule said it looked at, each line once, in the order said. */
    List<String> lookedAtOf(String ruleId) {
        Set<String> lines = lookedAt.get(ruleId);
        return lines == null ? List.of() : List.copyOf(lines);
    }

    /** What the rule found, as reported (unsorted, possibly repeated). */
    List<EvidenceItem> itemsOf(String ruleId) {
        return items.getOrDefault(ruleId, List.of());
    }
}
