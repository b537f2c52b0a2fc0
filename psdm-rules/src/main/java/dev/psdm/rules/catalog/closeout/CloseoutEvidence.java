package dev.psdm.rules.catalog.closeout;

import dev.psdm.engine.Findings;
import dev.psdm.engine.conventions.Conventions;
import dev.psdm.engine.facts.Backlog;
import dev.psdm.engine.facts.DeliveryIteration;
import dev.psdm.engine.facts.ProjectContext;
import dev.psdm.rules.catalog.activities.ActivityEvidence;
import dev.psdm.rules.catalog.activities.ActivityGroup;

import java.util.Comparator;
import java.util.List;

import static dev.psdm.rules.catalog.evidence.EvidenceText.period;

/**
 * The evidence of PSDM-CLOSE-001 (issue 29): the last iteration and when it ended (or which one is still
 * running, when the rule does not apply yet), then each closeout activity's record or the pattern that found
 * none and the nearest candidate ({@link ActivityEvidence}).
 */
public final class CloseoutEvidence {
    private CloseoutEvidence() {
    }

    public static void explain(Findings findings, Object drools, ProjectContext project, Conventions conventions,
                               Backlog backlog, List<?> iterations, List<?> activities, boolean wikiRead) {
        List<DeliveryIteration> all = iterations.stream().map(DeliveryIteration.class::cast)
                .sorted(Comparator.comparing(DeliveryIteration::due).thenComparing(DeliveryIteration::start)
                        .thenComparingLong(DeliveryIteration::id)).toList();
        if (all.isEmpty()) {
            findings.notCounted(drools, project.subject(), null, "The project has no iterations, so when it ends is unknown");
            return;
        }
        DeliveryIteration last = all.get(all.size() - 1);
        DeliveryIteration running = all.stream().filter(i -> !i.isClosed()).findFirst().orElse(null);
        if (running != null) {
            findings.notCounted(drools, project.subject(), running.subject(), "The project is still running on the as-of date "
                    + project.asOfDate() + ": " + period(running) + " has not ended" + (running == last ? ""
                    : "; the last iteration, " + last.title() + ", ends on " + last.due()));
            return;
        }
        findings.lookedAt(drools, "the last iteration, " + period(last) + ", ended before the as-of date " + project.asOfDate());
        ActivityEvidence.explain(findings, drools, conventions, ActivityGroup.CLOSEOUT, activities, backlog.issues(),
                null, wikiRead);
    }
}
