package dev.psdm.engine.internal;

import dev.psdm.engine.derive.VisitingDeriver;
import dev.psdm.engine.derive.Derivation;
import dev.psdm.engine.facts.RaidItem;
import dev.psdm.model.Issue;


/** RAID log entries: issues labelled or titled as risks, actions, issues or decisions. */
final class RaidItemDeriver extends VisitingDeriver<RaidItem> {
    RaidItemDeriver() {
        super(RaidItem.class);
    }

    @Override
    public Run<RaidItem> start(Derivation derivation) {
        RaidClassifier classifier = new RaidClassifier(derivation.conventions(), derivation.asOfDate());
        return new Collecting<>() {
            @Override
            public boolean see(int index, Issue issue) {
                RaidItem item = classifier.of(issue);
                if (item == null) {
                    return false;
                }
                facts().add(item);
                return true;
            }
        };
    }
}
