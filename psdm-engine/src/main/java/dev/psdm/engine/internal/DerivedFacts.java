package dev.psdm.engine.internal;

import dev.psdm.engine.conventions.Conventions;
import dev.psdm.engine.conventions.Thresholds;
import dev.psdm.engine.facts.Backlog;
import dev.psdm.engine.facts.CeremonyRecord;
import dev.psdm.engine.facts.CommunicationPlan;
import dev.psdm.engine.facts.DeliveryIteration;
import dev.psdm.engine.facts.ExpectedActivity;
import dev.psdm.engine.facts.IterationTransition;
import dev.psdm.engine.facts.IterationZero;
import dev.psdm.engine.facts.PlannedIssue;
import dev.psdm.engine.facts.ProjectContext;
import dev.psdm.engine.facts.RaidItem;
import dev.psdm.engine.facts.ReportingWeek;
import dev.psdm.engine.facts.RequiredLabel;
import dev.psdm.engine.facts.WorkItem;

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
