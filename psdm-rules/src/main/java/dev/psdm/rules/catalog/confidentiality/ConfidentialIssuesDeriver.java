package dev.psdm.rules.catalog.confidentiality;

import dev.psdm.engine.derive.Derivation;
import dev.psdm.engine.derive.VisitingDeriver;
import dev.psdm.model.Issue;

import java.util.ArrayList;
import java.util.List;

/** Collects the confidential issues while the derivation's pass sees each issue. */
final class ConfidentialIssuesDeriver extends VisitingDeriver<ConfidentialIssues> {
    ConfidentialIssuesDeriver() {
        super(ConfidentialIssues.class);
    }

    @Override
    public Run<ConfidentialIssues> start(Derivation derivation) {
        List<Issue> confidential = new ArrayList<>();
        return new Run<>() {
            @Override
            public boolean see(int index, Issue issue) {
                if (issue.confidential()) {
                    confidential.add(issue);
                }
                return false;
            }

            @Override
            public List<ConfidentialIssues> finish() {
                return List.of(new ConfidentialIssues(confidential, derivation.snapshot().issues().size()));
            }
        };
    }
}
