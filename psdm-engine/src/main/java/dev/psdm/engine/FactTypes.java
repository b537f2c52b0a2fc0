package dev.psdm.engine;

import org.drools.base.base.ObjectType;
import org.drools.base.rule.EntryPointId;
import org.drools.core.impl.InternalRuleBase;
import org.kie.api.KieBase;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Which fact classes the patterns of a rule base can match: the object type nodes Drools built
 * for it. The engine derives and inserts only facts of such classes, so a rule that is switched
 * off, or a fact no rule reads (the raw issues the derived facts are made of), costs nothing.
 */
final class FactTypes implements Predicate<Class<?>> {
    /** Matches every class: for a rule base that is not Drools' own implementation. */
    static final FactTypes ALL = new FactTypes(null);

    private final List<ObjectType> types;
    private final Map<Class<?>, Boolean> decided = new ConcurrentHashMap<>();

    private FactTypes(List<ObjectType> types) {
        this.types = types;
    }

    /** The classes some pattern of these rule bases matches (a class matches when a pattern's type is assignable from it). */
    static FactTypes of(Collection<KieBase> kieBases) {
        List<ObjectType> types = new ArrayList<>();
        for (KieBase kieBase : kieBases) {
            if (!(kieBase instanceof InternalRuleBase ruleBase)) {
                return ALL;
            }
            types.addAll(ruleBase.getRete().getObjectTypeNodes(EntryPointId.DEFAULT).keySet());
        }
        return new FactTypes(List.copyOf(types));
    }

    @Override
    public boolean test(Class<?> type) {
        if (types == null) {
            return true;
        }
        Boolean known = decided.get(type);
        if (known == null) {
            known = false;
            for (ObjectType t : types) {
                if (t.isAssignableFrom(type)) {
                    known = true;
                    break;
                }
            }
            decided.put(type, known);
        }
        return known;
    }
}
