package dev.psdm.engine;

import dev.psdm.engine.internal.DerivedFacts;
import dev.psdm.model.Board;
import dev.psdm.model.DataGap;
import dev.psdm.model.Epic;
import dev.psdm.model.Issue;
import dev.psdm.model.Iteration;
import dev.psdm.model.Label;
import dev.psdm.model.Milestone;
import dev.psdm.model.Snapshot;
import dev.psdm.model.WikiPage;
import org.kie.api.runtime.KieSession;

import java.lang.reflect.Modifier;
import java.util.List;
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
        derived.forEachList((type, facts) -> insertList(session, matched, type, facts, insert));
        insertList(session, matched, Iteration.class, snapshot.iterations(), insert);
        insertList(session, matched, Issue.class, snapshot.issues(), insert);
        insertList(session, matched, Label.class, snapshot.labels(), insert);
        insertList(session, matched, Milestone.class, snapshot.milestones(), insert);
        insertList(session, matched, Epic.class, snapshot.epics(), insert);
        insertList(session, matched, Board.class, snapshot.boards(), insert);
        insertList(session, matched, WikiPage.class, snapshot.wikiPages(), insert);
        insertList(session, matched, DataGap.class, snapshot.gaps(), insert);
    }

    /**
     * A list of a final type (records are) is decided once, without reading its facts: asking fact by fact
     * read each of 100k issues and as many work items and planned issues from memory, for lists no rule
     * matches (issue 29 item 4). A type open to subclasses is decided fact by fact, as a rule may match a
     * subclass only.
     */
    private static void insertList(KieSession session, FactTypes matched, Class<?> type, List<?> facts,
                                   Consumer<Object> insert) {
        if (!Modifier.isFinal(type.getModifiers())) {
            facts.forEach(insert);
        } else if (matched.test(type)) {
            for (int k = 0; k < facts.size(); k++) {
                session.insert(facts.get(k));
            }
        }
    }
}
