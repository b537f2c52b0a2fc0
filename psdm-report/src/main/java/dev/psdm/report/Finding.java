package dev.psdm.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One offending subject of a failing rule, with a message a project manager understands.
 *
 * @param waiver   the waiver the finding is shown under (WAIVED), or null; set by {@link Waivers}
 * @param baseline how the finding compares with the baseline, or null when the check used none; set by {@link dev.psdm.report.baseline.Baseline}
 * @param evidence what the rule found about this subject (its near misses, the records it did not count),
 *                 in {@link EvidenceItem#ORDER}; null when none (issue 29)
 */
@JsonPropertyOrder({"severity", "message", "subject", "waiver", "baseline", "evidence"})
public record Finding(Severity severity, String message, Subject subject, @Nullable AppliedWaiver waiver,
                      @Nullable BaselineState baseline, @Nullable List<EvidenceItem> evidence) {
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::subject, Subject.ORDER)
            .thenComparing(Finding::message);

    public Finding {
        evidence = evidence == null || evidence.isEmpty() ? null : List.copyOf(evidence);
    }

    /** A finding as a rule reports it: neither waived nor compared with a baseline. */
    public Finding(Severity severity, String message, Subject subject) {
        this(severity, message, subject, null, null, null);
    }

    /** A finding without evidence. */
    public Finding(Severity severity, String message, Subject subject, @Nullable AppliedWaiver waiver,
                   @Nullable BaselineState baseline) {
        this(severity, message, subject, waiver, baseline, null);
    }

    /** Its evidence, empty when it has none (never null, for the formats). */
    public List<EvidenceItem> evidenceOrNone() {
        return evidence == null ? List.of() : evidence;
    }

    /** True when the finding fails the build: it is neither waived nor a known (baselined) deviation. */
    @JsonIgnore
    public boolean counts() {
        return waiver == null && baseline != BaselineState.UNCHANGED;
    }

    @JsonIgnore
    public boolean isWaived() {
        return waiver != null;
    }

    /** The stable identity of this finding within its rule (see {@link Fingerprint}). */
    public String fingerprint(String ruleId) {
        return Fingerprint.of(ruleId, subject);
    }

    public Finding withWaiver(@Nullable AppliedWaiver value) {
        return new Finding(severity, message, subject, value, baseline, evidence);
    }

    public Finding withBaseline(@Nullable BaselineState value) {
        return new Finding(severity, message, subject, waiver, value, evidence);
    }

    public Finding withEvidence(@Nullable List<EvidenceItem> value) {
        return new Finding(severity, message, subject, waiver, baseline, value);
    }
}
