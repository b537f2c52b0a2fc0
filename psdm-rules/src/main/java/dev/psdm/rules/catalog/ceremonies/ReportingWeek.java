package dev.psdm.rules.catalog.ceremonies;

import dev.psdm.engine.facts.CeremonyCalendar;
import dev.psdm.engine.facts.CeremonyKind;
import dev.psdm.report.Subject;

import java.time.LocalDate;

/**
 * A full week of the project's planned span that ended before the as-of date: seven days from
 * the span's start, then the next seven, and so on. Small projects report status weekly at least.
 */
public record ReportingWeek(LocalDate start, LocalDate end, CeremonyCalendar ceremonies) {

    public boolean hasCeremony(CeremonyKind kind) {
        return ceremonies.anyBetween(kind, start, end);
    }

    public Subject subject() {
        return new Subject("period", null, null, "week " + start + " – " + end, null);
    }
}
