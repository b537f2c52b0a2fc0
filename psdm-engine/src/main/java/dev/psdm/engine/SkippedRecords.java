package dev.psdm.engine;

import dev.psdm.model.DataGap;
import dev.psdm.model.Issue;
import dev.psdm.model.Iteration;
import dev.psdm.model.Snapshot;
import dev.psdm.model.SnapshotNotice;
import dev.psdm.report.RuleDescriptor;
import dev.psdm.report.RuleResult;
import dev.psdm.report.Status;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A pass cannot be vouched for when a record it rests on was left out: GitLab sent an issue (say)
 * that could not be used, the snapshot kept a notice instead, and the rule passed without it. Such a
 * PASS becomes NOT_EVALUATED with the records named; a FAIL stays a FAIL (its findings are real). The
 * same holds for issues planned into an iteration the snapshot does not hold.
 */
final class SkippedRecords {
    private final List<SnapshotNotice> skipped;
    private final UnaryOperator<String> resourceOf;

    SkippedRecords(Snapshot snapshot, UnaryOperator<String> resourceOf) {
        List<SnapshotNotice> found = new ArrayList<>();
        for (SnapshotNotice notice : snapshot.notices()) {
            if (notice.isSkippedRecord()) {
                found.add(notice);
            }
        }
        SnapshotNotice dangling = danglingIterations(snapshot);
        if (dangling != null) {
            found.add(dangling);
        }
        this.skipped = List.copyOf(found);
        this.resourceOf = resourceOf;
    }

    /**
     * Issues planned into an iteration the snapshot does not hold (one of another group, one lost while
     * fetching, one of a cadence left out of the plan): their placement is missing from the plan.
     */
    private static SnapshotNotice danglingIterations(Snapshot snapshot) {
        Set<Long> known = new HashSet<>();
        for (Iteration iteration : snapshot.iterations()) {
            known.add(iteration.id());
        }
        Set<Long> missing = new HashSet<>();
        long count = 0;
        long firstIid = -1;
        for (Issue issue : snapshot.issues()) {
            if (issue.iterationId() != null && !known.contains(issue.iterationId())) {
                if (count++ == 0) {
                    firstIid = issue.iid();
                }
                missing.add(issue.iterationId());
            }
        }
        if (count == 0) {
            return null;
        }
        return new SnapshotNotice(DataGap.ITERATIONS, "issue #" + firstIid, SnapshotNotice.SKIPPED + count
                + (count == 1 ? " issue is" : " issues are") + " planned into " + missing.size()
                + (missing.size() == 1 ? " iteration" : " iterations") + " the snapshot does not hold");
    }

    RuleResult vouch(RuleResult result, RuleDescriptor rule) {
        if (skipped.isEmpty() || result.status() != Status.PASS) {
            return result;
        }
        for (String required : rule.requires()) {
            String resource = resourceOf.apply(required);
            List<SnapshotNotice> left = skipped.stream().filter(n -> n.resource().equals(resource)).toList();
            if (!left.isEmpty()) {
                SnapshotNotice first = left.get(0);
                String reason = left.size() + (left.size() == 1 ? " record" : " records") + " of " + resource
                        + " GitLab sent could not be used (first: " + (first.subject() == null ? "" : first.subject() + ", ")
                        + first.message().substring(SnapshotNotice.SKIPPED.length()) + "), so a pass cannot be vouched for";
                return new RuleResult(result.ruleId(), result.title(), result.severity(), Status.NOT_EVALUATED,
                        result.source(), reason, List.of(), result.help());
            }
        }
        return result;
    }
}
