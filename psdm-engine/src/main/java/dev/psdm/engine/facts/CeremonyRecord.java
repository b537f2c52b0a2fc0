package dev.psdm.engine.facts;

import dev.psdm.report.Subject;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An issue or wiki page recognised as a ceremony record (by title pattern or {@code ceremony::<kind>} label).
 *
 * @param date        the day it belongs to: due date, else creation date; null for wiki pages (undated)
 * @param iterationId the iteration (or milestone) the issue is assigned to, or null
 */
public record CeremonyRecord(CeremonyKind kind, @Nullable LocalDate date, @Nullable Long iterationId, Subject subject) {
}
