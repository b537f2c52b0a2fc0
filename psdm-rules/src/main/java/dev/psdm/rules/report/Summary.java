package dev.psdm.rules.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/** How many rules ended in each status. */
@JsonPropertyOrder({"pass", "fail", "notApplicable", "notEvaluated"})
public record Summary(int pass, int fail, int notApplicable, int notEvaluated) {
    public static Summary of(List<RuleResult> results) {
        int[] counts = new int[Status.values().length];
        for (RuleResult r : results) {
            counts[r.status().ordinal()]++;
        }
        return new Summary(counts[Status.PASS.ordinal()], counts[Status.FAIL.ordinal()],
                counts[Status.NOT_APPLICABLE.ordinal()], counts[Status.NOT_EVALUATED.ordinal()]);
    }
}
