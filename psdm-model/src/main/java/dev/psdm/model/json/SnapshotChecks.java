package dev.psdm.model.json;

import dev.psdm.model.DataGap;
import dev.psdm.model.Issue;
import dev.psdm.model.Iteration;
import dev.psdm.model.Snapshot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a snapshot must satisfy beyond its JSON shape, checked once it is read. A value that would
 * make a rule pass on bad data is an error naming its JSON path; data that is only incomplete
 * becomes a {@link DataGap}, so the rules that need it are NOT_EVALUATED instead of passing.
 */
final class SnapshotChecks {
    private SnapshotChecks() {
    }

    static Snapshot check(Snapshot snapshot, String origin) {
        Map<Long, Integer> iterationIndex = new HashMap<>();
        List<Iteration> iterations = snapshot.iterations();
        for (int k = 0; k < iterations.size(); k++) {
            Integer first = iterationIndex.putIfAbsent(iterations.get(k).id(), k);
            if (first != null) {
                // the rules kept the first and dropped this one without a word
                String path = "$.iterations[" + k + "].id";
                throw new SnapshotFormatException(origin + ": " + path + ": duplicate iteration id " + iterations.get(k).id()
                        + " (also $.iterations[" + first + "].id)", path, null);
            }
        }
        List<Issue> issues = snapshot.issues();
        for (int k = 0; k < issues.size(); k++) {
            Integer weight = issues.get(k).weight();
            if (weight != null && weight < 0) {
                // a negative weight made the weight rules pass (a sum below the limit, a "weighted" issue)
                String path = "$.issues[" + k + "].weight";
                throw new SnapshotFormatException(origin + ": " + path + ": expected 0 or more but found " + weight, path, null);
            }
        }
        return withDanglingIterationGap(snapshot, iterationIndex.keySet());
    }

    /**
     * Issues planned into an iteration the snapshot does not hold: the plan is incomplete (an iteration
     * of another group, or one lost while fetching), so the rules about iterations cannot be judged.
     */
    private static Snapshot withDanglingIterationGap(Snapshot snapshot, Set<Long> iterationIds) {
        if (snapshot.gap(DataGap.ITERATIONS).isPresent()) {
            return snapshot;
        }
        Set<Long> missing = new HashSet<>();
        long firstIid = -1;
        for (Issue issue : snapshot.issues()) {
            if (issue.iterationId() != null && !iterationIds.contains(issue.iterationId())) {
                if (missing.isEmpty()) {
                    firstIid = issue.iid();
                }
                missing.add(issue.iterationId());
            }
        }
        if (missing.isEmpty()) {
            return snapshot;
        }
        long count = snapshot.issues().stream().filter(i -> i.iterationId() != null && missing.contains(i.iterationId())).count();
        String reason = count + (count == 1 ? " issue is" : " issues are") + " planned into " + missing.size()
                + (missing.size() == 1 ? " iteration" : " iterations") + " the snapshot does not hold (first: issue #"
                + firstIid + "), so the plan is incomplete";
        List<DataGap> gaps = new ArrayList<>(snapshot.gaps());
        gaps.add(new DataGap(DataGap.ITERATIONS, reason));
        return new Snapshot(snapshot.schema(), snapshot.source(), snapshot.fetchedAt(), snapshot.project(), snapshot.group(),
                snapshot.iterations(), snapshot.milestones(), snapshot.labels(), snapshot.issues(), snapshot.epics(),
                snapshot.boards(), snapshot.wikiPages(), gaps);
    }
}
