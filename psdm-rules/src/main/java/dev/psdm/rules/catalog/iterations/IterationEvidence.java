package dev.psdm.rules.catalog.iterations;

import dev.psdm.engine.Findings;
import dev.psdm.engine.conventions.Settings;
import dev.psdm.engine.facts.DeliveryIteration;
import dev.psdm.report.Subject;

import static dev.psdm.rules.catalog.evidence.EvidenceText.key;
import static dev.psdm.rules.catalog.evidence.EvidenceText.period;
import static dev.psdm.rules.catalog.evidence.EvidenceText.plural;

/**
 * The evidence of the iteration schedule rules (issue 29): each iteration's length against the time-box and
 * the usual length, with where that length comes from (PSDM-ITER-001); each pair of consecutive iterations,
 * the days between them against the allowed gap (PSDM-ITER-002). The {@code .psdm.yml} key is named beside
 * every threshold, so a PM sees what to change when the team's cadence differs.
 */
public final class IterationEvidence {
    private IterationEvidence() {
    }

    /** PSDM-ITER-001: the iteration's length, judged as the rule judges it. */
    public static void length(Findings findings, Object drools, DeliveryIteration iteration, Settings settings) {
        int maxWeeks = settings.wholeNumber(IterationSettings.MAX_ITERATION_WEEKS);
        findings.lookedAt(drools, "every iteration's length against the " + maxWeeks + "-week time-box ("
                + key(IterationSettings.MAX_ITERATION_WEEKS.path()) + "), and every delivery iteration's against the usual length");
        String lasts = period(iteration) + " lasts " + plural(iteration.lengthDays(), "day");
        if (iteration.isLongerThanWeeks(maxWeeks)) {
            findings.counted(drools, iteration.subject(), null, lasts + ": " + plural(iteration.lengthDays()
                    - 7L * maxWeeks, "day") + " over the " + maxWeeks + "-week time-box (" + 7 * maxWeeks + " days, "
                    + key(IterationSettings.MAX_ITERATION_WEEKS.path()) + ")");
            return;
        }
        if (iteration.zero()) {
            findings.satisfied(drools, iteration.subject(), null, lasts + ", within the " + maxWeeks
                    + "-week time-box; Iteration 0 need not follow the delivery cadence");
            return;
        }
        int usual = iteration.usualWeeks(settings.wholeNumber(IterationSettings.ITERATION_WEEKS));
        String source = iteration.usualWeeksSource().isEmpty()
                ? key(IterationSettings.ITERATION_WEEKS.path())
                : "set by its GitLab iteration cadence";
        String usualLength = "the usual " + plural(usual, "week") + " (" + 7 * usual + " days, or " + (7 * usual - 2)
                + " ending on a Friday, " + source + ")";
        if (iteration.lastsWeeks(usual)) {
            findings.satisfied(drools, iteration.subject(), null, lasts + ": " + usualLength);
        } else {
            findings.counted(drools, iteration.subject(), null, lasts + ", not " + usualLength);
        }
    }

    /** PSDM-ITER-002: the days between two consecutive iterations. */
    public static void transition(Findings findings, Object drools, IterationTransition transition, Settings settings) {
        int maxGap = settings.wholeNumber(IterationSettings.MAX_ITERATION_GAP_DAYS);
        String limit = "at most " + plural(maxGap, "day") + " between iterations, " + key(IterationSettings.MAX_ITERATION_GAP_DAYS.path());
        findings.lookedAt(drools, "each iteration against the one before it, in start order (" + limit + ")");
        DeliveryIteration previous = transition.previous();
        DeliveryIteration next = transition.next();
        String pair = next.title() + " starts on " + next.start() + ", " + previous.title() + " ends on " + previous.due();
        long gap = transition.gapDays();
        if (transition.isOverlapping()) {
            findings.counted(drools, transition.subject(), null, pair + ": they overlap by "
                    + plural(-gap, "day"));
        } else if (gap > maxGap) {
            findings.counted(drools, transition.subject(), null, pair + ": " + plural(gap, "day")
                    + " without an iteration, " + (gap - maxGap) + " more than allowed (" + limit + ")");
        } else {
            findings.satisfied(drools, transition.subject(), null, pair + (gap == 0 ? ": back to back"
                    : ": " + plural(gap, "day") + " between them (" + limit + ")"));
        }
    }

    /** PSDM-ITER-002 when it does not apply: how many iterations the plan has. */
    public static void fewerThanTwo(Findings findings, Object drools, Subject project, int iterations) {
        findings.notCounted(drools, project, null, "The plan has " + plural(iterations, "iteration")
                + ": no two consecutive iterations to compare");
    }
}
