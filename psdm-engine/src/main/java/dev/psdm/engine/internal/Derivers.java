package dev.psdm.engine.internal;

import java.util.List;

/**
 * Every deriver of the engine, in the order their facts are inserted into a session (kept as it was
 * when the derivation was one class, so that rule firing order, and with it every report, is unchanged).
 * A new derived fact: its class in {@code dev.psdm.engine.facts}, a {@link Deriver}, one line here.
 */
public final class Derivers {
    private Derivers() {
    }

    public static List<Deriver<?>> all() {
        return List.of(
                new ProjectContextDeriver(),
                new BacklogDeriver(),
                new CommunicationPlanDeriver(),
                new ReportingWeekDeriver(),
                new DeliveryIterationDeriver(),
                new IterationZeroDeriver(),
                new CeremonyRecordDeriver(),
                new RaidItemDeriver(),
                new PlannedIssueDeriver(),
                new WorkItemDeriver(),
                new ExpectedActivityDeriver(),
                new ProjectLabelsDeriver(),
                new IterationTransitionDeriver(),
                // internal products, never inserted: what the facts above are made of
                new PlanPeriods.Deriver(),
                new RecordMarks.Deriver());
    }
}
