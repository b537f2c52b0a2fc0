package dev.psdm.rules.catalog.ceremonies;

import dev.psdm.engine.Findings;
import dev.psdm.engine.conventions.EngineSettings;
import dev.psdm.engine.conventions.Regexes;
import dev.psdm.engine.conventions.Setting;
import dev.psdm.engine.conventions.Settings;
import dev.psdm.engine.facts.CeremonyCalendar;
import dev.psdm.engine.facts.CeremonyKind;
import dev.psdm.engine.facts.CeremonyRecord;
import dev.psdm.engine.facts.CommunicationPlan;
import dev.psdm.engine.facts.DeliveryIteration;
import dev.psdm.report.Subject;
import dev.psdm.rules.catalog.evidence.EvidenceText;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

import static dev.psdm.rules.catalog.evidence.EvidenceText.name;
import static dev.psdm.rules.catalog.evidence.EvidenceText.plural;

/**
 * The evidence of the ceremony rules (issue 29): for each iteration (or week) a rule judged, the record
 * that satisfied it, or the nearest record of the kind that did not and by how many days it missed,
 * naming the window and the {@code .psdm.yml} key that sets it. Called from the rules' evidence clauses
 * ({@code @part("evidence")}), which an evaluation without evidence does not fire.
 */
public final class CeremonyEvidence {
    private static final Comparator<CeremonyRecord> BY_DATE_THEN_SUBJECT = Comparator
            .comparing(CeremonyRecord::date, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(CeremonyRecord::subject, Subject.ORDER);

    private CeremonyEvidence() {
    }

    /** A ceremony held inside the iteration (or assigned to it). */
    public static void explain(Findings findings, Object drools, DeliveryIteration iteration, CeremonyKind kind,
                               Settings settings) {
        explain(findings, drools, iteration.subject(), iteration, kind, settings, null);
    }

    /** A ceremony held inside the iteration, or up to the days this setting says before it starts. */
    public static void explain(Findings findings, Object drools, DeliveryIteration iteration, CeremonyKind kind,
                               Settings settings, @Nullable Setting<Integer> daysBefore) {
        explain(findings, drools, iteration.subject(), iteration, kind, settings, daysBefore);
    }

    /**
     * The iteration's evidence reported {@code about} another subject (PSDM-CER-005 judges the last
     * closed iterations together and fails on the project).
     */
    public static void explain(Findings findings, Object drools, Subject about, DeliveryIteration iteration,
                               CeremonyKind kind, Settings settings, @Nullable Setting<Integer> daysBefore) {
        int days = daysBefore == null ? 0 : settings.wholeNumber(daysBefore);
        String window = daysBefore == null ? "" : " (window: " + plural(days, "day") + ", `"
                + daysBefore.path() + "`)";
        String period = EvidenceText.period(iteration);
        explain(findings, drools, about, period, iteration.ceremonies(), kind, settings, iteration.id(),
                iteration.start().minusDays(days), iteration.start(), iteration.due(), window);
    }

    /** A record dated inside a reporting week (PSDM-CER-006). */
    public static void explain(Findings findings, Object drools, ReportingWeek week, CeremonyKind kind, Settings settings) {
        explain(findings, drools, week.subject(), "The week " + week.start() + " – " + week.end(), week.ceremonies(),
                kind, settings, null, week.start(), week.start(), week.end(), "");
    }

    private static void explain(Findings findings, Object drools, Subject about, String period, CeremonyCalendar calendar,
                                CeremonyKind kind, Settings settings, @Nullable Long iterationId, LocalDate from,
                                LocalDate start, LocalDate to, String window) {
        List<CeremonyRecord> records = calendar.records(kind).stream().sorted(BY_DATE_THEN_SUBJECT).toList();
        findings.lookedAt(drools, plural(records.size(), kind.displayName() + " record")
                + " in the snapshot (title matching `" + EngineSettings.ceremonyTitle(kind).path() + "` or label "
                + settings.text(EngineSettings.CEREMONY_LABEL_PREFIX) + kind.key() + ")");
        CeremonyRecord assigned = iterationId == null ? null : records.stream()
                .filter(r -> iterationId.equals(r.iterationId())).findFirst().orElse(null);
        if (assigned != null) {
            findings.satisfied(drools, about, assigned.subject(), period + ": " + kind.displayName() + " record "
                    + name(assigned.subject()) + ", assigned to it" + how(assigned, kind, settings));
            return;
        }
        CeremonyRecord inside = records.stream().filter(r -> r.date() != null && !r.date().isBefore(from)
                && !r.date().isAfter(to)).findFirst().orElse(null);
        if (inside != null) {
            findings.satisfied(drools, about, inside.subject(), period + ": " + kind.displayName() + " record "
                    + name(inside.subject()) + ", dated " + inside.date() + placed(inside.date(), start, to)
                    + how(inside, kind, settings) + window);
            return;
        }
        // a record assigned to another iteration belongs there: a candidate only when no free record is dated
        Comparator<CeremonyRecord> closest = Comparator.comparingLong(r -> distance(r.date(), from, to));
        CeremonyRecord nearest = records.stream().filter(r -> r.date() != null && r.iterationId() == null)
                .min(closest).orElseGet(() -> records.stream().filter(r -> r.date() != null).min(closest).orElse(null));
        if (nearest == null) {
            findings.notCounted(drools, about, null, period + ": no " + kind.displayName() + " record"
                    + (records.isEmpty() ? " anywhere in the snapshot" : " with a date, and none assigned to it") + window);
            return;
        }
        findings.nearMiss(drools, about, nearest.subject(), period + ": no " + kind.displayName()
                + " record; nearest candidate " + name(nearest.subject()) + " is dated " + nearest.date()
                + placed(nearest.date(), start, to)
                + (nearest.iterationId() != null && !nearest.iterationId().equals(iterationId) ? ", assigned to another iteration" : "")
                + window);
    }

    /**
     * PSDM-CER-004: the standup records found (any one satisfies it) and each communication plan, whether it
     * states a standup cadence or why it could not count.
     */
    public static void explainStandup(Findings findings, Object drools, Subject about, List<?> records, List<?> plans) {
        findings.lookedAt(drools, plural(records.size(), "daily standup record") + " and "
                + plural(plans.size(), "communication plan") + " in the snapshot");
        for (Object o : records) {
            CeremonyRecord record = (CeremonyRecord) o;
            findings.satisfied(drools, about, record.subject(), "Daily standup record " + name(record.subject())
                    + (record.date() == null ? "" : ", dated " + record.date()));
        }
        for (Object o : plans) {
            CommunicationPlan plan = (CommunicationPlan) o;
            String plan0 = "Communication plan " + name(plan.subject());
            if (plan.mentionsStandup()) {
                findings.satisfied(drools, about, plan.subject(), plan0 + " states a standup cadence");
            } else if (!plan.contentKnown()) {
                findings.notCounted(drools, about, plan.subject(), plan0 + ": its text is not in the snapshot");
            } else {
                findings.notCounted(drools, about, plan.subject(), plan0 + " does not mention a standup");
            }
        }
    }

    /** Days outside [from, to]; 0 inside. */
    private static long distance(LocalDate date, LocalDate from, LocalDate to) {
        return date.isBefore(from) ? ChronoUnit.DAYS.between(date, from) : date.isAfter(to) ? ChronoUnit.DAYS.between(to, date) : 0;
    }

    /** ", 5 days before the start", ", inside it", ", 4 days after the end". */
    private static String placed(LocalDate date, LocalDate start, LocalDate end) {
        if (date.isBefore(start)) {
            return ", " + plural(ChronoUnit.DAYS.between(date, start), "day") + " before the start";
        }
        if (date.isAfter(end)) {
            return ", " + plural(ChronoUnit.DAYS.between(end, date), "day") + " after the end";
        }
        return ", inside it";
    }

    /** Which convention made it a record: its title's pattern, else its ceremony label. */
    private static String how(CeremonyRecord record, CeremonyKind kind, Settings settings) {
        Setting<java.util.regex.Pattern> titles = EngineSettings.ceremonyTitle(kind);
        String title = record.subject().title();
        return title != null && Regexes.find(settings.regex(titles), title)
                ? " (its title matches `" + titles.path() + "`)"
                : " (it carries the label " + settings.text(EngineSettings.CEREMONY_LABEL_PREFIX) + kind.key() + ")";
    }
}
