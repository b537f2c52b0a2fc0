package dev.psdm.engine;

import dev.psdm.model.Snapshot;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The time a snapshot can speak for (issue 25 item 7): from the project's creation to the moment the data was
 * read. As of a later instant, iterations that had not ended when the data was read look "closed without
 * review"; as of an earlier one, issues created since are judged. The engine evaluates any as-of it is given
 * and says so in the report ({@link dev.psdm.report.Report#asOfOutsideData()}); {@code psdm check} refuses such an
 * as-of unless {@code --allow-as-of-outside-data} asks for a what-if run.
 */
public final class DataPeriod {
    private DataPeriod() {
    }

    /**
     * Why {@code asOf} lies outside what the snapshot can show ("as of 2030-01-01T00:00:00Z is after the data was
     * read (2026-05-15T12:00:00Z)"), or empty when it lies within. The lower bound is the project's
     * {@code createdAt}; a snapshot without it is bounded above only. Compared in whole seconds, as reports print them.
     */
    public static Optional<String> outside(Snapshot snapshot, Instant asOf) {
        Instant at = asOf.truncatedTo(ChronoUnit.SECONDS);
        Instant fetched = snapshot.fetchedAt().truncatedTo(ChronoUnit.SECONDS);
        if (at.isAfter(fetched)) {
            return Optional.of("as of " + at + " is after the data was read (" + fetched + ")");
        }
        Instant created = snapshot.project().createdAt();
        if (created != null && at.isBefore(created.truncatedTo(ChronoUnit.SECONDS))) {
            return Optional.of("as of " + at + " is before the project existed (created "
                    + created.truncatedTo(ChronoUnit.SECONDS) + ")");
        }
        return Optional.empty();
    }
}
