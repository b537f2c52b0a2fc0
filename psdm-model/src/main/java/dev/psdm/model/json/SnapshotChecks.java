package dev.psdm.model.json;

import dev.psdm.model.Issue;
import dev.psdm.model.Iteration;
import dev.psdm.model.Snapshot;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a snapshot must satisfy beyond its JSON shape, checked once it is read. A value that would
 * make a rule pass on bad data is an error naming its JSON path. Data that is only incomplete (issues
 * planned into an iteration the snapshot does not hold) is read as it is: the engine judges it and
 * leaves no pass that rests on it ({@code dev.psdm.engine.SkippedRecords}).
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
        return snapshot;
    }
}
