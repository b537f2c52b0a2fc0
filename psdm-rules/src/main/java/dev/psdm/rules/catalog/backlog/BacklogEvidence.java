package dev.psdm.rules.catalog.backlog;

import dev.psdm.engine.Findings;
import dev.psdm.engine.conventions.Regexes;
import dev.psdm.engine.conventions.Settings;
import dev.psdm.engine.facts.Backlog;
import dev.psdm.engine.facts.DeliveryIteration;
import dev.psdm.engine.facts.PlannedIssue;
import dev.psdm.engine.facts.ProjectContext;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;

import static dev.psdm.rules.catalog.evidence.EvidenceText.LISTED;
import static dev.psdm.rules.catalog.evidence.EvidenceText.indexOfIgnoringCase;
import static dev.psdm.rules.catalog.evidence.EvidenceText.lineAt;
import static dev.psdm.rules.catalog.evidence.EvidenceText.name;
import static dev.psdm.rules.catalog.evidence.EvidenceText.pattern;
import static dev.psdm.rules.catalog.evidence.EvidenceText.plural;

/**
 * The evidence of PSDM-BKL-001 (issue 29): which iterations are "the next to start" and the threshold that
 * says how many, each judged issue with the Acceptance Criteria line found or the pattern that found none,
 * a near miss when the description talks of acceptance without a section; when nothing starts after the
 * as-of date, the last iteration that did.
 */
public final class BacklogEvidence {
    private BacklogEvidence() {
    }

    public static void explain(Findings findings, Object drools, ProjectContext project, Settings settings,
                               Backlog backlog, List<?> iterations) {
        int n = settings.wholeNumber(BacklogSettings.REFINEMENT_ITERATIONS);
        List<DeliveryIteration> all = iterations.stream().map(DeliveryIteration.class::cast).toList();
        List<DeliveryIteration> window = all.stream().filter(i -> i.isWithinNext(n))
                .sorted(Comparator.comparingInt(DeliveryIteration::upcomingRank).thenComparingLong(DeliveryIteration::id)).toList();
        if (window.isEmpty()) {
            DeliveryIteration last = all.stream()
                    .max(Comparator.comparing(DeliveryIteration::start).thenComparingLong(DeliveryIteration::id)).orElse(null);
            findings.notCounted(drools, project.subject(), null, "No delivery iteration starts after the as-of date "
                    + project.asOfDate() + (last == null ? ": the project has no iterations"
                    : "; the last to start, " + last.title() + ", started on " + last.start()));
            return;
        }
        // one pass: what is planned in the window, and of it what the rule judges (issue 29 item 4)
        Predicate<PlannedIssue> judgedByTheRule = RefinementChecks.openWorkPlannedWithinNext(n);
        List<PlannedIssue> judged = new ArrayList<>();
        long planned = 0;
        for (PlannedIssue p : backlog.plannedIssues()) {
            if (p.iteration().isWithinNext(n)) {
                planned++;
                if (judgedByTheRule.test(p)) {
                    judged.add(p);
                }
            }
        }
        findings.lookedAt(drools, plural(judged.size(), "open work item") + " planned in the next "
                + plural(n, "iteration") + " to start (`" + BacklogSettings.REFINEMENT_ITERATIONS.path() + "`): "
                + String.join(", ", window.stream().map(i -> i.title() + " from " + i.start()).toList()));
        if (planned > judged.size()) {
            findings.lookedAt(drools, plural(planned - judged.size(), "more issue") + " planned there not judged: closed, "
                    + "records (ceremonies, RAID items) or of a type outside `workItems.types`");
        }
        Matcher criteria = settings.regex(BacklogSettings.ACCEPTANCE_CRITERIA).matcher("");
        String key = pattern(BacklogSettings.ACCEPTANCE_CRITERIA, settings);
        int satisfied = 0;
        for (PlannedIssue p : byIid(judged)) {
            String description = p.issue().description();
            String where = name(p.issue()) + " (" + p.iteration().title() + ")";
            if (description != null && Regexes.find(criteria, description)) {
                if (++satisfied <= LISTED) {
                    findings.satisfied(drools, p.subject(), p.subject(), where + " has the section '"
                            + lineAt(description, criteria.start()) + "'");
                }
            } else if (description == null || description.isBlank()) {
                findings.counted(drools, p.subject(), p.subject(), where + " has an empty description; the section is "
                        + "found by " + key);
            } else {
                findings.counted(drools, p.subject(), p.subject(), where + ": no line of its description matches " + key);
                int at = indexOfIgnoringCase(description, "acceptance");
                if (at >= 0) {
                    findings.nearMiss(drools, p.subject(), p.subject(), where + " mentions acceptance ('"
                            + lineAt(description, at) + "') but not as a section: start a line with Acceptance Criteria");
                }
            }
        }
        if (satisfied > LISTED) {
            findings.lookedAt(drools, satisfied + " of them have an Acceptance Criteria section; the first " + LISTED
                    + " by issue number are listed");
        }
    }

    /** By issue number: which items are listed must not depend on the order GitLab returned them in. */
    private static List<PlannedIssue> byIid(List<PlannedIssue> planned) {
        return planned.stream().sorted(Comparator.comparingLong(p -> p.issue().iid())).toList();
    }
}
