package dev.psdm.gitlab;

import dev.psdm.model.DataGap;
import dev.psdm.model.Issue;
import dev.psdm.model.Iteration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which iteration cadence is the project's plan. {@code include_ancestors} returns every iteration
 * of every cadence of the group and its ancestors: a customer group with a two-week and a
 * quarterly cadence would give one plan of both, and the schedule rules would judge the mixture.
 * The plan is the cadence the project's issues are planned in: the one most issues' iterations
 * belong to; on a tie (or no planned issue) the lowest cadence id. An override names a cadence by id
 * or title. The other cadences' iterations are left out, with a notice naming them.
 *
 * <p>Where only REST answered, a cadence is not named; iterations are then told apart by their
 * group (two cadences of one group stay together).
 */
final class CadenceChoice {
    private CadenceChoice() {
    }

    /** A cadence, or a group standing in for it. */
    private record Key(long id, boolean isCadence, String title) {
        String describe() {
            return isCadence ? "cadence " + id + (title == null ? "" : " (" + title + ")") : "the iterations of group " + id;
        }
    }

    static List<Iteration> choose(List<Iteration> iterations, List<Issue> issues, String override,
                                  FetchNotices notices) {
        Map<Key, List<Iteration>> byCadence = new LinkedHashMap<>();
        Map<Long, Key> keyOfIteration = new HashMap<>();
        for (Iteration it : iterations) {
            Key key = it.cadenceId() != null ? new Key(it.cadenceId(), true, it.cadenceTitle())
                    : new Key(it.groupId() == null ? -1 : it.groupId(), false, null);
            byCadence.computeIfAbsent(key, k -> new ArrayList<>()).add(it);
            keyOfIteration.put(it.id(), key);
        }
        if (byCadence.size() <= 1) {
            return iterations;
        }
        Key chosen = null;
        String how;
        if (override != null && !override.isBlank()) {
            chosen = byCadence.keySet().stream().filter(k -> k.isCadence() && (Long.toString(k.id()).equals(override.strip())
                    || (k.title() != null && k.title().equalsIgnoreCase(override.strip())))).findFirst().orElse(null);
            if (chosen == null) {
                notices.add(DataGap.ITERATIONS, null, "the iteration cadence '" + override.strip() + "' set for this"
                        + " project is none of " + describeAll(byCadence) + "; chosen by the issues instead");
            }
        }
        if (chosen != null) {
            how = "as configured";
        } else {
            Map<Key, Integer> planned = new HashMap<>();
            for (Issue issue : issues) {
                Key key = issue.iterationId() == null ? null : keyOfIteration.get(issue.iterationId());
                if (key != null) {
                    planned.merge(key, 1, Integer::sum);
                }
            }
            chosen = byCadence.keySet().stream()
                    .min(Comparator.<Key>comparingInt(k -> -planned.getOrDefault(k, 0))
                            .thenComparing(k -> k.isCadence() ? 0 : 1).thenComparingLong(Key::id))
                    .orElseThrow();
            int n = planned.getOrDefault(chosen, 0);
            how = n == 0 ? "no issue is planned in an iteration, so the lowest id"
                    : "the one most issues are planned in (" + n + (n == 1 ? " issue" : " issues") + ")";
        }
        List<String> others = new ArrayList<>();
        for (Map.Entry<Key, List<Iteration>> e : byCadence.entrySet()) {
            if (!e.getKey().equals(chosen)) {
                others.add(e.getKey().describe() + ": " + e.getValue().size()
                        + (e.getValue().size() == 1 ? " iteration" : " iterations"));
            }
        }
        notices.add(DataGap.ITERATIONS, null, "the plan is " + chosen.describe() + ", " + how + "; left out "
                + String.join(", ", others));
        return byCadence.get(chosen);
    }

    private static String describeAll(Map<Key, List<Iteration>> byCadence) {
        List<String> all = new ArrayList<>();
        byCadence.keySet().forEach(k -> all.add(k.describe()));
        return String.join(", ", all);
    }
}
