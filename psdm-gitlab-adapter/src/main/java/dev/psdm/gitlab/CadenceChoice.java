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
 * <p>An iteration whose cadence is unknown (GraphQL did not answer, answered with errors, or left it
 * out) is never left out: dropping it could turn a failing schedule into a passing one (a 35-day
 * iteration that vanished made PSDM-ITER-001 pass). It stays in the plan, and the notice says so.
 */
final class CadenceChoice {
    private CadenceChoice() {
    }

    /** A named cadence. */
    private record Key(long id, String title) {
        String describe() {
            return "cadence " + id + (title == null ? "" : " (" + title + ")");
        }
    }

    static List<Iteration> choose(List<Iteration> iterations, List<Issue> issues, String override,
                                  FetchNotices notices) {
        Map<Key, List<Iteration>> byCadence = new LinkedHashMap<>();
        Map<Long, Key> keyOfIteration = new HashMap<>();
        int unknown = 0;
        for (Iteration it : iterations) {
            if (it.cadenceId() == null) {
                unknown++;
                continue;
            }
            Key key = new Key(it.cadenceId(), it.cadenceTitle());
            byCadence.computeIfAbsent(key, k -> new ArrayList<>()).add(it);
            keyOfIteration.put(it.id(), key);
        }
        if (byCadence.size() <= 1) {
            return iterations;
        }
        Key chosen = null;
        String how;
        if (override != null && !override.isBlank()) {
            chosen = byCadence.keySet().stream().filter(k -> Long.toString(k.id()).equals(override.strip())
                    || (k.title() != null && k.title().equalsIgnoreCase(override.strip()))).findFirst().orElse(null);
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
                    .min(Comparator.<Key>comparingInt(k -> -planned.getOrDefault(k, 0)).thenComparingLong(Key::id))
                    .orElseThrow();
            int n = planned.getOrDefault(chosen, 0);
            how = n == 0 ? "no issue is planned in an iteration, so the lowest id"
                    : "the one most issues are planned in (" + n + (n == 1 ? " issue" : " issues") + ")";
        }
        List<String> others = new ArrayList<>();
        for (Map.Entry<Key, List<Iteration>> e : byCadence.entrySet()) {
            if (!e.getKey().equals(chosen)) {
                others.add(e.getKey().describe() + ": " + count(e.getValue().size()));
            }
        }
        notices.add(DataGap.ITERATIONS, null, "the plan is " + chosen.describe() + ", " + how + "; left out "
                + String.join(", ", others) + (unknown == 0 ? ""
                : "; kept " + count(unknown) + " whose cadence is unknown"));
        Key plan = chosen;
        return iterations.stream().filter(it -> it.cadenceId() == null || keyOfIteration.get(it.id()).equals(plan))
                .toList();
    }

    private static String count(int n) {
        return n + (n == 1 ? " iteration" : " iterations");
    }

    private static String describeAll(Map<Key, List<Iteration>> byCadence) {
        List<String> all = new ArrayList<>();
        byCadence.keySet().forEach(k -> all.add(k.describe()));
        return String.join(", ", all);
    }
}
