package dev.psdm.rules.catalog.ceremonies;

import org.apiguardian.api.API;

import dev.psdm.engine.facts.CeremonyCalendar;
import dev.psdm.engine.facts.CeremonyKind;
import dev.psdm.report.Subject;

import java.time.LocalDate;

/**
 * A full week of the project's planned span that ended before the as-of date: seven days from
 * the span's start, then the next seven, and so on. Small projects report status weekly at least.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0") // custom DRL matches it (issue 28 item 9); the rest of the package is INTERNAL
public record ReportingWeek(LocalDate start, LocalDate end, CeremonyCalendar ceremonies) {

    public boolean hasCeremony(CeremonyKind kind) {
        return ceremonies.anyBetween(kind, start, end);
    }

    public Subject subject() {
        return new Subject("period", null, null, "week " + start + " – " + end, null);
    }
}
