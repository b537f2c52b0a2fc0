package dev.psdm.gitlab;

import com.fasterxml.jackson.databind.JsonNode;
import dev.psdm.model.DataGap;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Features a GitLab tier lacks show in the issues list as keys that are absent, not null
 * (doc/api/issues.md marks {@code weight}, {@code iteration}, {@code epic}/{@code epic_iid} as
 * Premium or Ultimate; GitLab leaves them out of the answer where the feature is unavailable). Read
 * as null they would mean "no weight set", "in no iteration", "in no epic", and rules would fail or
 * pass on that. When a key is absent from every issue, the feature is recorded as a data gap.
 * {@code health_status} (Ultimate) is not read by psdm, so it needs no gap.
 */
final class TierGaps {
    private TierGaps() {
    }

    static List<DataGap> of(List<JsonNode> issues, Set<String> gapsAlready) {
        List<DataGap> gaps = new ArrayList<>();
        if (issues.isEmpty()) {
            return gaps; // nothing to judge, and nothing to tell "absent" from "no issue"
        }
        String of = " on any of the " + issues.size() + (issues.size() == 1 ? " issue" : " issues");
        if (noneHas(issues, "weight")) {
            gaps.add(new DataGap(DataGap.WEIGHTS, "GitLab sent no 'weight'" + of + ": issue weights need GitLab"
                    + " Premium or Ultimate (GitLab Free has none); an unweighted issue has \"weight\": null"));
        }
        if (!gapsAlready.contains(DataGap.ITERATIONS) && noneHas(issues, "iteration")) {
            gaps.add(new DataGap(DataGap.ITERATIONS, "GitLab sent no 'iteration'" + of + ": iterations need GitLab"
                    + " Premium or Ultimate, so which issue is planned in which iteration is unknown"));
        }
        if (!gapsAlready.contains(DataGap.EPICS) && noneHas(issues, "epic") && noneHas(issues, "epic_iid")) {
            gaps.add(new DataGap(DataGap.EPICS, "GitLab sent no 'epic'" + of + ": epics need GitLab Premium or"
                    + " Ultimate and a token that can read the group's epics, so which issue belongs to which epic"
                    + " is unknown"));
        }
        return gaps;
    }

    private static boolean noneHas(List<JsonNode> issues, String key) {
        for (JsonNode issue : issues) {
            if (issue.has(key)) {
                return false;
            }
        }
        return true;
    }
}
