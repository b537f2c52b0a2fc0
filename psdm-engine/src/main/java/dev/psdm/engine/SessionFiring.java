package dev.psdm.engine;

import dev.psdm.engine.conventions.PatternLimitException;
import dev.psdm.engine.internal.DerivedFacts;
import dev.psdm.model.Snapshot;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * One evaluation's firing of an engine's KieBases, and what a failure inside a session is reported as
 * (the rule that threw, a team pattern over its budget, the evaluation's timeout).
 */
final class SessionFiring {
    /** The {@code @part} of a rule's clause that only reports evidence (skipped by an evaluation without it). */
    static final String EVIDENCE_PART = "evidence";

    private final RuleSet ruleSet;
    private final List<KieBase> kieBases;
    /** Per KieBase, the fact classes its rules match. */
    private final List<FactTypes> factTypes;

    SessionFiring(RuleSet ruleSet, List<KieBase> kieBases, List<FactTypes> factTypes) {
        this.ruleSet = ruleSet;
        this.kieBases = kieBases;
        this.factTypes = factTypes;
    }

    /**
     * Fires the bundled rules, then the custom ones, each KieBase in its own session with the same facts.
     * The agenda filter still guards custom rules the conventions switch off and rules preset above.
     */
    Findings fire(Snapshot snapshot, DerivedFacts derived, Set<String> active, Duration budget, long start,
                          EvidenceLog evidence) {
        Findings findings = new Findings(evidence);
        long deadline = budget == null ? 0 : start + budget.toNanos(); // the derivation spent its part already
        for (int k = 0; k < kieBases.size(); k++) {
            KieSession session = kieBases.get(k).newKieSession();
            FactTypes types = factTypes.get(k);
            boolean dispose = true;
            try {
                session.setGlobal(RuleSet.FINDINGS_GLOBAL, findings);
                // the budget is the evaluation's, shared by its sessions; the message names the whole budget
                Duration left = budget == null ? null : Duration.ofNanos(Math.max(1, deadline - System.nanoTime()));
                TimedFiring.run(session, () -> {
                    FactInserter.insertAll(session, types, snapshot, derived);
                    session.fireAllRules(match -> {
                        Object id = match.getRule().getMetaData().get("id");
                        // evidence-only clauses (@part("evidence")) fire only when the evaluation keeps evidence
                        return (id == null || active.contains(RuleMetadata.unquote(id)))
                                && (evidence.isOn() || !EVIDENCE_PART.equals(RuleMetadata.unquote(match.getRule().getMetaData().get("part"))));
                    });
                }, left, budget, snapshot.project().pathWithNamespace(), kieBases.size() > 1);
            } catch (TimedFiring.AbandonedSession e) {
                dispose = false; // its thread still runs in it
                throw e.timeout();
            } catch (ConsequenceException e) {
                if (PatternLimitException.in(e) != null) {
                    throw PatternLimitException.in(e); // a team pattern, not the rule calling it, is to blame
                }
                // a rule's own code threw (a custom rule's then, typically): say which rule, not "internal error"
                var rule = e.getMatch() == null ? null : e.getMatch().getRule();
                Object id = rule == null ? null : rule.getMetaData().get("id");
                throw new RuleFailedException(id == null ? (rule == null ? "?" : rule.getName()) : RuleMetadata.unquote(id),
                        rule == null ? null : rule.getName(), rule == null ? null : ruleSet.customSourceOf(rule.getName()),
                        snapshot.project().pathWithNamespace(), e.getCause() == null ? e : e.getCause());
            } catch (RuleFailedException e) {
                throw e.in(e.ruleName() == null ? null : ruleSet.customSourceOf(e.ruleName()));
            } catch (RuntimeException e) {
                // Drools wraps what a rule's condition throws (RefinementChecks.hasAcceptanceCriteria in PSDM-BKL-001)
                PatternLimitException limit = PatternLimitException.in(e);
                if (limit != null) {
                    throw limit;
                }
                // a custom rule's condition (an eval) threw: Drools names only its generated class; find the rule
                RuleFailedException named = k == 0 ? null : ConditionFailure.name(e, ruleSet, kieBases.get(k),
                        snapshot.project().pathWithNamespace());
                throw named != null ? named : e;
            } finally {
                if (dispose) {
                    session.dispose();
                }
            }
        }
        return findings;
    }
}
