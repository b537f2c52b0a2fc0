package dev.psdm.rules.catalog.activities;

import dev.psdm.engine.derive.Derivation;
import dev.psdm.engine.derive.VisitingDeriver;
import dev.psdm.engine.facts.IterationZero;
import dev.psdm.model.Issue;

import java.util.List;

/** The activities the handbook expects (Iteration 0's, internal retrospectives, closeout), each with its record if any. */
final class ExpectedActivityDeriver extends VisitingDeriver<ExpectedActivity> {
    ExpectedActivityDeriver() {
        super(ExpectedActivity.class, IterationZero.class);
    }

    @Override
    public Run<ExpectedActivity> start(Derivation derivation) {
        List<IterationZero> zero = derivation.facts(IterationZero.class);
        ActivityScanner.Scan scan = new ActivityScanner(derivation.conventions())
                .start(zero.isEmpty() ? null : zero.get(0).iteration());
        return new Run<>() {
            @Override
            public boolean see(int index, Issue issue) {
                scan.see(issue);
                return false;
            }

            @Override
            public List<ExpectedActivity> finish() {
                return scan.finish(derivation.snapshot().wikiPages());
            }
        };
    }
}
