package dev.psdm.engine.internal;

import dev.psdm.engine.conventions.EngineSettings;
import dev.psdm.model.Issue;
import dev.psdm.engine.conventions.Conventions;
import dev.psdm.engine.facts.RaidItem;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Tells RAID items (issues carrying a RAID label) and how stale they are as of a day. A project uses a
 * few dozen labels on thousands of issues: each distinct label string is compared with the RAID labels
 * once per evaluation, then looked up (at 100k issues comparing every label with every RAID label was a
 * sixth of the derivation). Serves one evaluation on one thread.
 */
final class RaidClassifier {
    private final Conventions conventions;
    private final LocalDate asOfDate;
    private final Map<String, Boolean> isRaidLabel = new HashMap<>();
    private final Function<String, Boolean> compare;

    RaidClassifier(Conventions conventions, LocalDate asOfDate) {
        this.conventions = conventions;
        this.asOfDate = asOfDate;
        List<String> raidLabels = conventions.raidLabels();
        this.compare = label -> {
            for (String raid : raidLabels) {
                if (label.equalsIgnoreCase(raid)) {
                    return Boolean.TRUE;
                }
            }
            return Boolean.FALSE;
        };
    }

    /** The issue as a RAID item, or null when it carries no RAID label. */
    RaidItem of(Issue issue) {
        if (!carriesRaidLabel(issue)) {
            return null;
        }
        LocalDate updated = LocalDate.ofInstant(issue.updatedAt(), ZoneOffset.UTC);
        // negative when updated after the as-of date: not "fresh", but unknown then (PSDM-RAID-002 says so)
        long days = ChronoUnit.DAYS.between(updated, asOfDate);
        // GitLab's own "needs attention" / "at risk" (Ultimate) escalates like a priority label; an unknown
        // health status (not set, or a tier without it) leaves the labels to decide
        boolean high = issue.hasAnyLabel(conventions.get(EngineSettings.HIGH_PRIORITY_LABELS)) || issue.healthAsksForAction();
        int limit = high ? conventions.thresholds().raidHighPriorityStaleDays() : conventions.thresholds().raidStaleDays();
        return new RaidItem(issue, high, days, limit);
    }

    private boolean carriesRaidLabel(Issue issue) {
        List<String> labels = issue.labels();
        for (int i = 0; i < labels.size(); i++) {
            if (isRaidLabel.computeIfAbsent(labels.get(i), compare)) {
                return true;
            }
        }
        return false;
    }
}
