package dev.psdm.rules.catalog.weights;

import dev.psdm.engine.conventions.EngineSettings;
import dev.psdm.engine.derive.Derivation;
import dev.psdm.engine.derive.VisitingDeriver;
import dev.psdm.model.Issue;

import java.util.ArrayList;
import java.util.List;

/** Weighs each open issue of the judged types while the derivation's pass sees it. */
final class OpenIssueWeightsDeriver extends VisitingDeriver<OpenIssueWeights> {
    OpenIssueWeightsDeriver() {
        super(OpenIssueWeights.class);
    }

    @Override
    public Run<OpenIssueWeights> start(Derivation derivation) {
        int maxWeight = derivation.conventions().get(WeightSettings.MAX_WEIGHT);
        List<String> types = derivation.conventions().get(EngineSettings.WORK_ITEM_TYPES);
        return new Run<>() {
            private final List<Issue> heavy = new ArrayList<>();
            private int weighted;
            private int unweighted;
            private Issue heaviest;

            @Override
            public boolean see(int index, Issue issue) {
                if (!issue.isOpen() || !issue.isAnyType(types)) {
                    return false;
                }
                Integer weight = issue.weight();
                if (weight == null) {
                    unweighted++;
                    return false;
                }
                weighted++;
                if (weight > maxWeight) {
                    heavy.add(issue);
                } else if (heaviest == null || weight > heaviest.weight()
                        || weight.equals(heaviest.weight()) && issue.iid() < heaviest.iid()) { // the same whatever the order
                    heaviest = issue;
                }
                return false;
            }

            @Override
            public List<OpenIssueWeights> finish() {
                return List.of(new OpenIssueWeights(maxWeight, heavy, weighted, unweighted, heaviest));
            }
        };
    }
}
