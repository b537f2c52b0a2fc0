package dev.psdm.engine.internal;

import dev.psdm.engine.derive.Deriver;
import dev.psdm.engine.derive.Derivation;
import dev.psdm.engine.facts.CeremonyRecord;
import dev.psdm.model.Issue;
import dev.psdm.model.WikiPage;

import java.util.ArrayList;
import java.util.List;

/** Ceremony records: issues and wiki pages whose title names a ceremony (conventions' ceremony titles). */
final class CeremonyRecordDeriver extends Deriver<CeremonyRecord> {
    CeremonyRecordDeriver() {
        super(CeremonyRecord.class, List.of());
    }

    @Override
    public boolean visitsIssues() {
        return true;
    }

    @Override
    public Run<CeremonyRecord> start(Derivation derivation) {
        CeremonyMatcher matcher = new CeremonyMatcher(derivation.conventions());
        List<CeremonyRecord> records = new ArrayList<>();
        return new Run<>() {
            @Override
            public boolean see(int index, Issue issue) {
                return matcher.collect(issue, records);
            }

            @Override
            public void see(WikiPage page) {
                matcher.collect(page, records);
            }

            @Override
            public List<CeremonyRecord> finish() {
                return records;
            }
        };
    }
}
