package dev.psdm.rules.catalog.labels;

import dev.psdm.engine.derive.Derivation;
import dev.psdm.engine.derive.Deriver;
import dev.psdm.model.Issue;
import dev.psdm.model.Label;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The distinct labels of the project, its groups and its issues. */
final class ProjectLabelsDeriver extends Deriver<ProjectLabels> {
    ProjectLabelsDeriver() {
        super(ProjectLabels.class, List.of());
    }

    @Override
    public boolean visitsIssues() {
        return true;
    }

    @Override
    public Run<ProjectLabels> start(Derivation derivation) {
        Set<String> names = new LinkedHashSet<>();
        for (Label label : derivation.snapshot().labels()) {
            if (label.name() != null) {
                names.add(label.name());
            }
        }
        return new Run<>() {
            @Override
            public boolean see(int index, Issue issue) {
                List<String> labels = issue.labels();
                for (int k = 0; k < labels.size(); k++) {
                    if (labels.get(k) != null) {
                        names.add(labels.get(k));
                    }
                }
                return false;
            }

            @Override
            public List<ProjectLabels> finish() {
                return List.of(new ProjectLabels(names));
            }
        };
    }
}
