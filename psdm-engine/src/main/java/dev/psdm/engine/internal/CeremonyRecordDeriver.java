package dev.psdm.engine.internal;

import dev.psdm.engine.derive.VisitingDeriver;
import dev.psdm.engine.derive.Derivation;
import dev.psdm.engine.facts.CeremonyRecord;
import dev.psdm.model.Issue;
import dev.psdm.model.WikiPage;


/** Ceremony records: issues and wiki pages whose title names a ceremony (conventions' ceremony titles). */
final class CeremonyRecordDeriver extends VisitingDeriver<CeremonyRecord> {
    CeremonyRecordDeriver() {
        super(CeremonyRecord.class);
    }

    @Override
    public Run<CeremonyRecord> start(Derivation derivation) {
        CeremonyMatcher matcher = new CeremonyMatcher(derivation.conventions());
        return new Collecting<>() {
            @Override
            public boolean see(int index, Issue issue) {
                return matcher.collect(issue, facts());
            }

            @Override
            public void see(WikiPage page) {
                matcher.collect(page, facts());
            }
        };
    }
}
