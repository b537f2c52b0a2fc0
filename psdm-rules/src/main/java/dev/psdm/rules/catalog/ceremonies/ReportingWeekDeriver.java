package dev.psdm.rules.catalog.ceremonies;

import dev.psdm.engine.derive.Derivation;
import dev.psdm.engine.derive.ComputedDeriver;
import dev.psdm.engine.facts.CeremonyCalendar;
import dev.psdm.engine.facts.CeremonyRecord;
import dev.psdm.engine.facts.ProjectContext;
import dev.psdm.engine.facts.ProjectSize;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Full seven-day weeks of the planned span that ended before the as-of date, with their ceremonies. */
final class ReportingWeekDeriver extends ComputedDeriver<ReportingWeek> {
    ReportingWeekDeriver() {
        super(ReportingWeek.class, ProjectContext.class, CeremonyRecord.class);
    }

    @Override
    protected List<ReportingWeek> compute(Derivation derivation) {
        ProjectSize size = derivation.fact(ProjectContext.class).size();
        List<ReportingWeek> weeks = new ArrayList<>();
        if (size.spanStart() == null) {
            return weeks;
        }
        CeremonyCalendar calendar = new CeremonyCalendar(derivation.facts(CeremonyRecord.class));
        for (LocalDate start = size.spanStart(); ; start = start.plusDays(7)) {
            LocalDate end = start.plusDays(6);
            if (end.isAfter(size.spanEnd()) || !end.isBefore(derivation.asOfDate())) {
                break;
            }
            weeks.add(new ReportingWeek(start, end, calendar));
        }
        return weeks;
    }
}
