package dev.psdm.rules;

import dev.psdm.model.Snapshot;
import dev.psdm.rules.internal.DerivedFacts;
import org.kie.api.runtime.KieSession;

/** Puts the snapshot's records and the derived facts into a session. */
final class FactInserter {
    private FactInserter() {
    }

    static void insertAll(KieSession session, Snapshot snapshot, DerivedFacts derived) {
        session.insert(derived.context());
        session.insert(derived.thresholds());
        session.insert(derived.conventions());
        derived.communicationPlans().forEach(session::insert);
        derived.reportingWeeks().forEach(session::insert);
        derived.iterations().forEach(session::insert);
        derived.iterationZero().ifPresent(session::insert);
        derived.ceremonies().forEach(session::insert);
        derived.raidItems().forEach(session::insert);
        derived.plannedIssues().forEach(session::insert);
        derived.workItems().forEach(session::insert);
        derived.activities().forEach(session::insert);
        derived.requiredLabels().forEach(session::insert);
        derived.transitions().forEach(session::insert);
        snapshot.iterations().forEach(session::insert);
        snapshot.issues().forEach(session::insert);
        snapshot.labels().forEach(session::insert);
        snapshot.milestones().forEach(session::insert);
        snapshot.epics().forEach(session::insert);
        snapshot.boards().forEach(session::insert);
        snapshot.wikiPages().forEach(session::insert);
        snapshot.gaps().forEach(session::insert);
    }
}
