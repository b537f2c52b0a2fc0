package dev.psdm.engine.internal;

import dev.psdm.engine.derive.Deriver;
import dev.psdm.engine.derive.Derivation;
import dev.psdm.engine.facts.RaidItem;
import dev.psdm.model.Issue;

import java.util.ArrayList;
import java.util.List;

/** RAID log entries: issues labelled or titled as risks, actions, issues or decisions. */
final class RaidItemDeriver extends Deriver<RaidItem> {
    RaidItemDeriver() {
        super(RaidItem.class, List.of());
    }

    @Override
    public boolean visitsIssues() {
        return true;
    }

    @Override
    public Run<RaidItem> start(Derivation derivation) {
        RaidClassifier classifier = new RaidClassifier(derivation.conventions(), derivation.asOfDate());
        List<RaidItem> items = new ArrayList<>();
        return new Run<>() {
            @Override
            public boolean see(int index, Issue issue) {
                RaidItem item = classifier.of(issue);
                if (item == null) {
                    return false;
                }
                items.add(item);
                return true;
            }

            @Override
            public List<RaidItem> finish() {
                return items;
            }
        };
    }
}
