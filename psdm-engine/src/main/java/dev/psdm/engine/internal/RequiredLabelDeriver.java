package dev.psdm.engine.internal;

import dev.psdm.engine.conventions.Conventions;
import dev.psdm.engine.facts.RequiredLabel;
import dev.psdm.model.Issue;
import dev.psdm.model.Label;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * The CP automation's labels (handbook Label Guidelines): "SOW-# or PO#", "PM name" and "PSD workflow",
 * each with whether it exists. Defined in the project or its groups, or carried by an issue (the label
 * list may lack group labels), so the issues' labels count too.
 */
final class RequiredLabelDeriver extends Deriver<RequiredLabel> {
    RequiredLabelDeriver() {
        super(RequiredLabel.class, List.of());
    }

    @Override
    public boolean visitsIssues() {
        return true;
    }

    @Override
    public Run<RequiredLabel> start(Derivation derivation) {
        Conventions conventions = derivation.conventions();
        LabelKinds kinds = new LabelKinds(conventions);
        for (Label label : derivation.snapshot().labels()) {
            kinds.see(label.name());
        }
        return new Run<>() {
            @Override
            public boolean see(int index, Issue issue) {
                if (!kinds.all()) {
                    kinds.seeAll(issue.labels());
                }
                return false;
            }

            @Override
            public List<RequiredLabel> finish() {
                return List.of(
                        new RequiredLabel("SOW-# or PO#",
                                "helps the GitLab team search for projects within the Professional Services group", kinds.sow),
                        new RequiredLabel("PM name", "helps the GitLab team sort by PM name", kinds.pm),
                        new RequiredLabel(conventions.workflowLabelPrefix() + "*",
                                "the PSD workflow labels drive the issue board", kinds.workflow));
            }
        };
    }

    /** Which of the label kinds have been seen (the tests of Conventions#isSowLabel and co., matchers reused). */
    private static final class LabelKinds {
        private final Conventions conventions;
        private final Matcher sowLabel;
        private final Matcher pmLabel;
        private final Set<String> seen = new HashSet<>();
        boolean sow;
        boolean pm;
        boolean workflow;

        LabelKinds(Conventions conventions) {
            this.conventions = conventions;
            this.sowLabel = conventions.sowLabel().matcher("");
            this.pmLabel = conventions.pmLabel().matcher("");
        }

        /** Each distinct label is looked at once: a project has a few dozen labels on thousands of issues. */
        void seeAll(List<String> labels) {
            for (int k = 0; k < labels.size(); k++) {
                if (seen.add(labels.get(k))) {
                    see(labels.get(k));
                }
            }
        }

        void see(String label) {
            if (label == null) {
                return;
            }
            sow = sow || sowLabel.reset(label).find();
            pm = pm || pmLabel.reset(label).find();
            workflow = workflow || conventions.isWorkflowLabel(label);
        }

        boolean all() {
            return sow && pm && workflow;
        }
    }
}
