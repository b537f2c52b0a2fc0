package dev.psdm.rules.internal;

import dev.psdm.rules.conventions.Conventions;
import dev.psdm.rules.conventions.Thresholds;
import dev.psdm.rules.facts.Backlog;
import dev.psdm.rules.facts.CeremonyRecord;
import dev.psdm.rules.facts.CommunicationPlan;
import dev.psdm.rules.facts.DeliveryIteration;
import dev.psdm.rules.facts.ExpectedActivity;
import dev.psdm.rules.facts.IterationTransition;
import dev.psdm.rules.facts.IterationZero;
import dev.psdm.rules.facts.PlannedIssue;
import dev.psdm.rules.facts.ProjectContext;
import dev.psdm.rules.facts.RaidItem;
import dev.psdm.rules.facts.ReportingWeek;
import dev.psdm.rules.facts.RequiredLabel;
import dev.psdm.rules.facts.WorkItem;

import java.util.List;
import java.util.Optional;

/**
 * Facts computed once per evaluation, before any rule fires, from the snapshot, the conventions
 * and the as-of instant. Many rules share them, so no rule recomputes them.
 */
public record DerivedFacts(ProjectContext context, List<DeliveryIteration> iterations,
                           Optional<IterationZero> iterationZero, List<CeremonyRecord> ceremonies,
                           List<RaidItem> raidItems, List<PlannedIssue> plannedIssues,
                           List<CommunicationPlan> communicationPlans, List<ReportingWeek> reportingWeeks,
                           List<WorkItem> workItems, List<ExpectedActivity> activities,
                           List<RequiredLabel> requiredLabels, List<IterationTransition> transitions,
                           Backlog backlog, Thresholds thresholds, Conventions conventions) {
}
