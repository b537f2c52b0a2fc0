package dev.psdm.engine;

import dev.psdm.model.Snapshot;
import dev.psdm.engine.internal.DerivedFacts;
import org.kie.api.runtime.KieSession;

import java.util.function.Consumer;

/**
 * Puts the snapshot's records and the derived facts into a session, skipping facts of a class no
 * rule of the session's rule base matches ({@link FactTypes}): at 100k issues, inserting raw issues
 * that only the derived facts are made of cost ~40 % of the session's time and ~23 MB of fact
 * handles per evaluation (docs/PERFORMANCE.md). A rule that matches a type (or a supertype) gets
 * every fact of it.
 */
final class FactInserter {
    private FactInserter() {
    }

    static void insertAll(KieSession session, FactTypes matched, Snapshot snapshot, DerivedFacts derived) {
        Consumer<Object> insert = fact -> {
            if (matched.test(fact.getClass())) {
                session.insert(fact);
            }
        };
        insert.accept(derived.context());
        insert.accept(derived.thresholds());
        insert.accept(derived.conventions().settings());
        insert.accept(derived.conventions());
        derived.forEach(insert);
        snapshot.iterations().forEach(insert);
        snapshot.issues().forEach(insert);
        snapshot.labels().forEach(insert);
        snapshot.milestones().forEach(insert);
        snapshot.epics().forEach(insert);
        snapshot.boards().forEach(insert);
        snapshot.wikiPages().forEach(insert);
        snapshot.gaps().forEach(insert);
    }
}
