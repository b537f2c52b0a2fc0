package dev.psdm.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.Comparator;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One thing a rule looked at and what it made of it, in a project manager's words: a record that
 * satisfied the rule, one that counted or did not count (and why), a near miss, the project's derived
 * size, a data gap.
 *
 * @param kind   what the item says about the outcome
 * @param about  what the item is evidence for (the iteration a planning record was sought for); null on a
 *               finding's own evidence, which is about the finding's subject
 * @param record the record the item names (the planning issue that was found, or nearly), or null
 * @param text   the item as a sentence, numbers and dates included
 */
@JsonPropertyOrder({"kind", "about", "record", "text"})
public record EvidenceItem(Kind kind, @Nullable Subject about, @Nullable Subject record, String text) {

    /** What an item says about the outcome. */
    public enum Kind {
        /** This record satisfies the rule for the subject it is about. */
        SATISFIED,
        /** This record was counted (toward a total, a limit). */
        COUNTED,
        /** This record was looked at and not counted; the text says why. */
        NOT_COUNTED,
        /** The closest record that would have satisfied the rule, and by how much it missed. */
        NEAR_MISS,
        /** The project's derived size, and how it was derived (NOT_APPLICABLE by size). */
        SIZE,
        /** Data the snapshot lacks or could not read, or a subject the rule could not decide. */
        DATA_GAP
    }

    /** Deterministic order: by subject it is about, then kind, then record, then text. */
    public static final Comparator<EvidenceItem> ORDER = Comparator
            .comparing(EvidenceItem::about, Comparator.nullsFirst(Subject.ORDER))
            .thenComparing(EvidenceItem::kind)
            .thenComparing(EvidenceItem::record, Comparator.nullsFirst(Subject.ORDER))
            .thenComparing(EvidenceItem::text);

    public EvidenceItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    /** The same item as a finding on {@code about} shows it: without repeating its subject. */
    public EvidenceItem onItsFinding() {
        return about == null ? this : new EvidenceItem(kind, null, record, text);
    }
}
