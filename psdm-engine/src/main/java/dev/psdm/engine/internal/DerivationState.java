package dev.psdm.engine.internal;

import dev.psdm.engine.conventions.Conventions;
import dev.psdm.engine.derive.Derivation;
import dev.psdm.model.Snapshot;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One evaluation's derivation: its inputs and the facts derived so far, by type, and which issues are records. */
final class DerivationState implements Derivation {
    private final Snapshot snapshot;
    private final Instant asOf;
    private final LocalDate asOfDate;
    private final Conventions conventions;
    private final Map<Class<?>, List<?>> facts = new HashMap<>();
    private final boolean[] records;
    private int passIndex = -1;
    private boolean passRecord;

    DerivationState(Snapshot snapshot, Instant asOf, Conventions conventions, boolean markRecords) {
        this.snapshot = snapshot;
        this.asOf = asOf;
        this.asOfDate = LocalDate.ofInstant(asOf, ZoneOffset.UTC);
        this.conventions = conventions;
        this.records = new boolean[markRecords ? snapshot.issues().size() : 0];
    }

    @Override
    public Snapshot snapshot() {
        return snapshot;
    }

    @Override
    public Instant asOf() {
        return asOf;
    }

    /** The as-of day (UTC). */
    @Override
    public LocalDate asOfDate() {
        return asOfDate;
    }

    @Override
    public Conventions conventions() {
        return conventions;
    }

    /** The facts of a type this deriver needs (derived before it started). */
    @SuppressWarnings("unchecked")
    @Override
    public <T> List<T> facts(Class<T> type) {
        List<?> list = facts.get(type);
        if (list == null) {
            throw new IllegalStateException(type.getSimpleName() + " is not derived yet: declare it in needs()");
        }
        return (List<T>) list;
    }

    /** The single fact of a type (the project context, say). */
    @Override
    public <T> T fact(Class<T> type) {
        List<T> list = facts(type);
        if (list.size() != 1) {
            throw new IllegalStateException("expected one " + type.getSimpleName() + ", got " + list.size());
        }
        return list.get(0);
    }

    /**
     * Whether the issue at {@code index} is a record (ceremony, RAID item, communication plan …) rather than
     * work, as the visiting derivers before the asker said: for the issue being seen in the current pass, or
     * for any issue once a pass that marked records is over.
     */
    @Override
    public boolean isRecord(int index) {
        return index == passIndex ? passRecord || records[index] : records[index];
    }

    void put(Class<?> type, List<?> list) {
        facts.put(type, List.copyOf(list));
    }

    boolean has(Class<?> type) {
        return facts.containsKey(type);
    }

    void seeing(int index) {
        passIndex = index;
        passRecord = false;
    }

    void saw(boolean record) {
        passRecord |= record;
    }

    void seen(int index) {
        if (records.length > 0 && passRecord) {
            records[index] = true;
        }
        passIndex = -1;
    }
}
