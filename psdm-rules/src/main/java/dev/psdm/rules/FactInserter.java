package dev.psdm.rules;

import dev.psdm.model.Snapshot;
import dev.psdm.rules.internal.DerivedFacts;
import org.drools.base.base.ObjectType;
import org.drools.base.rule.EntryPointId;
import org.drools.core.impl.InternalRuleBase;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Puts the snapshot's records and the derived facts into a session, skipping facts of a type no
 * rule of the session's rule base matches: at 100k issues, inserting the raw issues that only the
 * derived facts need cost ~40 % of the session's time and ~23 MB of fact handles per evaluation
 * (docs/PERFORMANCE.md). A rule that matches a type (or a supertype) gets every fact of it.
 */
final class FactInserter {
    private FactInserter() {
    }

    static void insertAll(KieSession session, Snapshot snapshot, DerivedFacts derived) {
        Consumer<Object> insert = matchedBy(session);
        insert.accept(derived.context());
        insert.accept(derived.thresholds());
        insert.accept(derived.conventions());
        derived.communicationPlans().forEach(insert);
        derived.reportingWeeks().forEach(insert);
        derived.iterations().forEach(insert);
        derived.iterationZero().ifPresent(insert);
        derived.ceremonies().forEach(insert);
        derived.raidItems().forEach(insert);
        derived.plannedIssues().forEach(insert);
        derived.workItems().forEach(insert);
        derived.activities().forEach(insert);
        derived.requiredLabels().forEach(insert);
        derived.transitions().forEach(insert);
        snapshot.iterations().forEach(insert);
        snapshot.issues().forEach(insert);
        snapshot.labels().forEach(insert);
        snapshot.milestones().forEach(insert);
        snapshot.epics().forEach(insert);
        snapshot.boards().forEach(insert);
        snapshot.wikiPages().forEach(insert);
        snapshot.gaps().forEach(insert);
    }

    /** Inserts a fact when some pattern of the session's rule base can match its class. */
    private static Consumer<Object> matchedBy(KieSession session) {
        Collection<ObjectType> types = patternTypes(session.getKieBase());
        if (types == null) {
            return session::insert;
        }
        Map<Class<?>, Boolean> decided = new IdentityHashMap<>();
        return fact -> {
            Boolean matched = decided.get(fact.getClass());
            if (matched == null) {
                matched = matches(types, fact.getClass());
                decided.put(fact.getClass(), matched);
            }
            if (matched) {
                session.insert(fact);
            }
        };
    }

    private static boolean matches(Collection<ObjectType> types, Class<?> type) {
        for (ObjectType t : types) {
            if (t.isAssignableFrom(type)) {
                return true;
            }
        }
        return false;
    }

    /** The types the rule base's patterns match (its object type nodes), or null when it cannot tell. */
    private static Collection<ObjectType> patternTypes(KieBase kieBase) {
        if (kieBase instanceof InternalRuleBase ruleBase) {
            return List.copyOf(ruleBase.getRete().getObjectTypeNodes(EntryPointId.DEFAULT).keySet());
        }
        return null;
    }
}
