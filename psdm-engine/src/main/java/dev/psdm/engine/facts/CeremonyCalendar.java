package dev.psdm.engine.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ceremony records indexed by kind and date, so each iteration can ask "was there a planning
 * record between these dates?" in O(log n) instead of joining every record with every iteration.
 */
public final class CeremonyCalendar {
    private final Map<CeremonyKind, LocalDate[]> datesByKind = new EnumMap<>(CeremonyKind.class);
    private final Map<CeremonyKind, Set<Long>> iterationsByKind = new EnumMap<>(CeremonyKind.class);
    private final Map<CeremonyKind, Integer> counts = new EnumMap<>(CeremonyKind.class);
    /** The records themselves, kept only to be named as evidence (issue 29), never searched by the rules. */
    private final List<CeremonyRecord> records;

    /** Indexes the records once; the engine builds one per evaluation. */
    public CeremonyCalendar(Collection<CeremonyRecord> records) {
        this.records = List.copyOf(records);
        Map<CeremonyKind, List<LocalDate>> dates = new EnumMap<>(CeremonyKind.class);
        for (CeremonyRecord record : records) {
            counts.merge(record.kind(), 1, Integer::sum);
            if (record.date() != null) {
                dates.computeIfAbsent(record.kind(), k -> new ArrayList<>()).add(record.date());
            }
            if (record.iterationId() != null) {
                iterationsByKind.computeIfAbsent(record.kind(), k -> new HashSet<>()).add(record.iterationId());
            }
        }
        dates.forEach((kind, list) -> {
            LocalDate[] sorted = list.toArray(LocalDate[]::new);
            Arrays.sort(sorted);
            datesByKind.put(kind, sorted);
        });
    }

    /** True when a record of this kind is dated within [from, to], both inclusive. */
    public boolean anyBetween(CeremonyKind kind, LocalDate from, LocalDate to) {
        LocalDate[] sorted = datesByKind.get(kind);
        if (sorted == null) {
            return false;
        }
        int idx = Arrays.binarySearch(sorted, from);
        int insertion = idx >= 0 ? idx : -idx - 1;
        return insertion < sorted.length && !sorted[insertion].isAfter(to);
    }

    /** True when a record of this kind is assigned to the iteration (or milestone) with this id. */
    public boolean anyAssignedTo(CeremonyKind kind, long iterationId) {
        Set<Long> ids = iterationsByKind.get(kind);
        return ids != null && ids.contains(iterationId);
    }

    /**
     * The records of this kind, in derivation order: what a rule's evidence names (the record that
     * satisfied it, the nearest that did not). Linear; for evidence, not for matching.
     */
    public List<CeremonyRecord> records(CeremonyKind kind) {
        return records.stream().filter(r -> r.kind() == kind).toList();
    }

    /** How many records of this kind exist, dated or not. */
    public int count(CeremonyKind kind) {
        return counts.getOrDefault(kind, 0);
    }
}
