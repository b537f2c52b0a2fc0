package dev.psdm.cli.prepare;

import dev.psdm.engine.conventions.Conventions;
import dev.psdm.engine.conventions.EngineSettings;
import dev.psdm.engine.conventions.Regexes;
import dev.psdm.engine.derive.Derivation;
import dev.psdm.engine.facts.CeremonyKind;
import dev.psdm.gitlab.publish.PreparedMarker;
import dev.psdm.model.Issue;
import dev.psdm.model.Snapshot;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The team's own records in the snapshot, found the way the rules find them (a ceremony by its title pattern or
 * its {@code ceremony::<kind>} label, placed by its iteration or its date), so {@code psdm prepare} does not add a
 * second record where the team already keeps one. Issues carrying psdm's {@link PreparedMarker} are left to the
 * marker search: what psdm prepared is recognised by its marker, never by its title.
 */
final class ExistingRecords {
    private final Snapshot snapshot;
    private final Conventions conventions;

    ExistingRecords(Snapshot snapshot, Conventions conventions) {
        this.snapshot = snapshot;
        this.conventions = conventions;
    }

    /** A record of {@code kind} assigned to {@code period} or dated inside {@code from}–{@code to}. */
    Optional<Issue> ceremony(CeremonyKind kind, PlanCalendar.Period period, LocalDate from, LocalDate to) {
        Pattern title = conventions.get(EngineSettings.ceremonyTitle(kind));
        String label = conventions.get(EngineSettings.CEREMONY_LABEL_PREFIX) + kind.key();
        for (Issue issue : snapshot.issues()) {
            if (prepared(issue) || !(issue.hasLabel(label) || (title != null && Regexes.find(title, issue.title())))) {
                continue;
            }
            Long assigned = Derivation.planPeriodOf(issue, conventions);
            LocalDate day = Derivation.dateOf(issue);
            if ((period != null && assigned != null && assigned == period.id())
                    || (!day.isBefore(from) && !day.isAfter(to))) {
                return Optional.of(issue);
            }
        }
        return Optional.empty();
    }

    /** An issue titled like {@code pattern} (an Iteration 0 activity, found at any date as PSDM-IT0-002 does). */
    Optional<Issue> titled(Pattern pattern) {
        return snapshot.issues().stream().filter(i -> !prepared(i) && Regexes.find(pattern, i.title())).findFirst();
    }

    /** A RAID item (an issue with a {@code labels.raid} label) created on or before {@code by}, or at all. */
    Optional<Issue> raidItem(LocalDate by) {
        return snapshot.issues().stream().filter(i -> !prepared(i) && i.labels().stream().anyMatch(conventions::isRaidLabel))
                .filter(i -> by == null || !i.createdAt().atZone(java.time.ZoneOffset.UTC).toLocalDate().isAfter(by))
                .findFirst();
    }

    private static boolean prepared(Issue issue) {
        return PreparedMarker.in(issue.description()).isPresent();
    }
}
