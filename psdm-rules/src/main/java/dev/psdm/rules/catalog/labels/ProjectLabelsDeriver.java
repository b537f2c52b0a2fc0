package dev.psdm.rules.catalog.labels;

import dev.psdm.engine.derive.Derivation;
import dev.psdm.engine.derive.VisitingDeriver;
import dev.psdm.model.Issue;
import dev.psdm.model.Label;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The distinct labels in use of the project, its groups and its issues: archived ones left out. */
final class ProjectLabelsDeriver extends VisitingDeriver<ProjectLabels> {
    ProjectLabelsDeriver() {
        super(ProjectLabels.class);
    }

    @Override
    public Run<ProjectLabels> start(Derivation derivation) {
        Set<String> names = new LinkedHashSet<>();
        Set<String> archived = new java.util.HashSet<>();
        for (Label label : derivation.snapshot().labels()) {
            if (label.name() != null && !label.inUse()) {
                archived.add(label.name());
            }
        }
        for (Label label : derivation.snapshot().labels()) {
            // an archived label (doc/api/labels.md, 18.3+) is no label in use, whether listed or left on an issue;
            // a name also defined unarchived (a project label beside a group's archived one) still is
            if (label.name() != null && label.inUse()) {
                names.add(label.name());
                archived.remove(label.name());
            }
        }
        return new Run<>() {
            @Override
            public boolean see(int index, Issue issue) {
                List<String> labels = issue.labels();
                for (int k = 0; k < labels.size(); k++) {
                    if (labels.get(k) != null && !archived.contains(labels.get(k))) {
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
