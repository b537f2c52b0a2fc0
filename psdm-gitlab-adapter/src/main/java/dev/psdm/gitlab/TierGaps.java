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
 * {@code health_status} (Ultimate) is read, but absent means unknown and no rule rests on it alone, so it needs no gap.
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
        // only types with the Weight widget carry the key (ee/lib/ee/api/entities/issue.rb, supports_weight?):
        // a project of incidents and test cases sends none on any tier, which says nothing about the tier
        List<JsonNode> weighable = issues.stream().filter(TierGaps::canCarryWeight).toList();
        if (!weighable.isEmpty() && noneHas(weighable, "weight")) {
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

    private static boolean canCarryWeight(JsonNode issue) {
        // issue_type, else the older type (doc/api/issues.md), as GitLabRecords reads it
        JsonNode type = issue.hasNonNull("issue_type") ? issue.get("issue_type") : issue.get("type");
        return dev.psdm.model.Issue.typeSupportsWeight(type == null || !type.isTextual() ? null : type.asText());
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
