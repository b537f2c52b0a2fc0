package dev.psdm.engine;

import dev.psdm.report.EvidenceItem;
import dev.psdm.report.Severity;
import dev.psdm.report.Subject;
import org.kie.api.runtime.rule.RuleContext;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The one way rules report. Declared in every DRL file as {@code global dev.psdm.engine.Findings findings;}
 * and called from a rule's consequence with the rule's own context ({@code drools}):
 * <pre>{@code findings.fail(drools, $item.subject(), "RAID item ... last updated 19 days ago (limit 14)");}</pre>
 * The rule id comes from the firing rule's {@code @id} metadata, so a rule cannot report under another
 * rule's id. A rule that fires nothing passes; one instance per evaluation, not thread-safe.
 * <p>Rules also say what their outcome rests on (issue 29): {@link #lookedAt}, {@link #satisfied},
 * {@link #nearMiss}, {@link #counted}, {@link #notCounted} (docs/writing-rules.md, "Evidence").
 */
public final class Findings {
    /** A failing subject as a rule reported it: without a severity, the rule's (or its override's) applies. */
    record Reported(@Nullable Severity severity, String message, Subject subject) {
    }

    private final Map<String, List<Reported>> failures = new HashMap<>();
    private final Map<String, String> notApplicable = new HashMap<>();
    /** Per rule, the subjects or aspects it could not decide, each reason once, in the order reported. */
    private final Map<String, Set<String>> notEvaluated = new HashMap<>();

    private final EvidenceLog evidence;

    /** The engine makes one per evaluation. */
    Findings(EvidenceLog evidence) {
        this.evidence = evidence;
    }

    /** Records a failing subject at the rule's severity. */
    public void fail(Object drools, Subject subject, String message) {
        fail(drools, subject, null, message);
    }

    /** Records a failing subject at an explicit severity (e.g. ERROR for a high-priority RAID item). */
    public void fail(Object drools, Subject subject, @Nullable Severity severity, String message) {
        String id = ruleId(drools);
        // checked here, once, so a custom rule's null fails the evaluation naming the rule (the engine wraps
        // this), not a report writer after other formats were written (issue 22 item 10)
        if (subject == null) {
            throw new IllegalArgumentException("findings.fail was given no subject (null)");
        }
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("findings.fail was given no message (" + (message == null ? "null" : "blank")
                    + ") for subject " + subject.key());
        }
        failures.computeIfAbsent(id, k -> new ArrayList<>()).add(new Reported(severity, message, subject));
    }

    /** The rule does not apply to this project, and why. */
    public void notApplicable(Object drools, String reason) {
        notApplicable.putIfAbsent(ruleId(drools), requireReason(reason, "notApplicable"));
    }

    /**
     * Something the rule cannot decide (a subject updated after the as-of instant, a record that may be
     * in a wiki the snapshot lacks), and why. It never hides a definite failure: a rule that also
     * {@linkplain #fail fails} is FAIL with these reasons listed beside its findings; only a rule with
     * no failure is NOT_EVALUATED. So a rule calls {@code fail} only for subjects it can decide.
     */
    public void notEvaluated(Object drools, String reason) {
        notEvaluated.computeIfAbsent(ruleId(drools), k -> new LinkedHashSet<>()).add(requireReason(reason, "notEvaluated"));
    }

    /**
     * True when this evaluation keeps evidence (the default; {@link EvaluationOptions#withoutEvidence()}
     * turns it off). Evidence calls are harmless either way; a rule whose evidence text is costly to build
     * can ask first.
     */
    public boolean explaining() {
        return evidence.isOn();
    }

    /**
     * Evidence: what the rule considered, as a count a person can check
     * ({@code "14 delivery iterations started by 2026-03-20"}). Each line once per rule.
     */
    public void lookedAt(Object drools, String what) {
        if (!evidence.isOn()) {
            return;
        }
        evidence.lookedAt(ruleId(drools), requireReason(what, "lookedAt"));
    }

    /** Evidence: {@code record} (may be null) satisfies the rule for {@code about}; a PASS names these. */
    public void satisfied(Object drools, Subject about, @Nullable Subject record, String text) {
        evidence(drools, EvidenceItem.Kind.SATISFIED, about, record, text);
    }

    /** Evidence: the closest record that would have satisfied the rule for {@code about}, and by how much it missed. */
    public void nearMiss(Object drools, Subject about, @Nullable Subject record, String text) {
        evidence(drools, EvidenceItem.Kind.NEAR_MISS, about, record, text);
    }

    /** Evidence: {@code record} counted toward the rule's judgement of {@code about}. */
    public void counted(Object drools, Subject about, @Nullable Subject record, String text) {
        evidence(drools, EvidenceItem.Kind.COUNTED, about, record, text);
    }

    /** Evidence: {@code record} was looked at for {@code about} and did not count; the text says why. */
    public void notCounted(Object drools, Subject about, @Nullable Subject record, String text) {
        evidence(drools, EvidenceItem.Kind.NOT_COUNTED, about, record, text);
    }

    /**
     * Evidence of any kind about a subject. When the rule fails on {@code about}, the item goes with that
     * finding; otherwise with the rule's result (a PASS lists what satisfied it).
     */
    public void evidence(Object drools, EvidenceItem.Kind kind, Subject about, @Nullable Subject record, String text) {
        if (!evidence.isOn()) {
            return;
        }
        if (about == null) {
            throw new IllegalArgumentException("findings evidence was given no subject it is about (null)");
        }
        evidence.item(ruleId(drools), new EvidenceItem(kind, about, record, requireReason(text, "evidence")));
    }

    List<Reported> failuresOf(String ruleId) {
        return failures.getOrDefault(ruleId, List.of());
    }

    @Nullable String notApplicableReason(String ruleId) {
        return notApplicable.get(ruleId);
    }

    /** What the rule could not decide, every reason once ("; " between them), or null. */
    @Nullable String notEvaluatedReason(String ruleId) {
        Set<String> reasons = notEvaluated.get(ruleId);
        // sorted: the firing order of two undecidable subjects must not change a byte of the report
        return reasons == null ? null : String.join("; ", new TreeSet<>(reasons));
    }

    private static String requireReason(String reason, String call) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("findings." + call + " was given no reason (" + (reason == null ? "null" : "blank") + ")");
        }
        return reason;
    }

    /**
     * {@code drools} in a consequence is a {@link RuleContext} in classic DRL and an
     * {@code org.drools.model.Drools} (also a RuleContext at run time) in the executable model, so
     * accept both through Object rather than exposing Drools' internal types in this API.
     */
    private static String ruleId(Object drools) {
        if (!(drools instanceof RuleContext context)) {
            throw new IllegalArgumentException("pass the consequence's 'drools' variable, not " + drools);
        }
        Object id = context.getRule().getMetaData().get("id");
        if (id == null) {
            throw new IllegalStateException("rule '" + context.getRule().getName() + "' declares no @id");
        }
        return RuleMetadata.unquote(id);
    }
}
