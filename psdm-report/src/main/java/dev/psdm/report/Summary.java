package dev.psdm.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * How many rules ended in each status.
 *
 * @param waived rules whose every finding is waived; left out of the JSON when 0, so reports of
 *               projects without waivers read exactly as before waivers existed
 */
@JsonPropertyOrder({"pass", "fail", "notApplicable", "notEvaluated", "waived"})
public record Summary(int pass, int fail, int notApplicable, int notEvaluated,
                      @JsonInclude(JsonInclude.Include.NON_DEFAULT) int waived) {

    public Summary(int pass, int fail, int notApplicable, int notEvaluated) {
        this(pass, fail, notApplicable, notEvaluated, 0);
    }

    public static Summary of(List<RuleResult> results) {
        int[] counts = new int[Status.values().length];
        for (RuleResult r : results) {
            counts[r.status().ordinal()]++;
        }
        return new Summary(counts[Status.PASS.ordinal()], counts[Status.FAIL.ordinal()],
                counts[Status.NOT_APPLICABLE.ordinal()], counts[Status.NOT_EVALUATED.ordinal()],
                counts[Status.WAIVED.ordinal()]);
    }
}
