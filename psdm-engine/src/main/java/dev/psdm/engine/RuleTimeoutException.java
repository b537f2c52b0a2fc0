package dev.psdm.engine;

import java.time.Duration;
import java.util.Objects;

/**
 * An evaluation ran past its time budget ({@link EvaluationOptions#ruleTimeout()}), typically a custom
 * rule that loops ({@code while (true)} in a consequence, a condition that never returns). The
 * message names the rule that was running: {@code rule TEAM-001 ("Loops") did not finish within 300 s
 * on acme/collab}. The evaluation was abandoned; its worker thread was interrupted and, where the JVM
 * still allows it (Java 17 to 19), stopped.
 */
public final class RuleTimeoutException extends RuntimeException {
    private final String ruleId;

    RuleTimeoutException(String ruleId, String ruleName, Duration budget, String projectPath, boolean customRules) {
        this((ruleId == null
                ? "the rules' conditions (no rule had started its consequence)"
                : "rule " + ruleId + (ruleName == null || ruleName.equals(ruleId) ? "" : " (\"" + ruleName + "\")"))
                + " did not finish within " + seconds(budget) + " on " + projectPath
                // only custom rules can loop: the bundled ones are linear and tested (issue 22 item 7)
                + (customRules ? "; a custom rule that loops, or raise the budget (--rule-timeout SECONDS)"
                : "; raise the budget (--rule-timeout SECONDS)"), ruleId);
    }

    /** The time ran out before any rule fired: reading the snapshot into facts (matching the conventions' patterns). */
    static RuleTimeoutException inDerivation(Duration budget, String projectPath) {
        return new RuleTimeoutException("deriving the facts from the snapshot (matching the conventions' patterns) did not"
                + " finish within " + seconds(budget) + " on " + projectPath + "; raise the budget (--rule-timeout SECONDS)", null);
    }

    private RuleTimeoutException(String message, String ruleId) {
        super(message);
        this.ruleId = ruleId;
    }

    /** The {@code @id} of the rule that was running, or null when the time ran out in a condition. */
    public String ruleId() {
        return ruleId;
    }

    private static String seconds(Duration budget) {
        Objects.requireNonNull(budget, "budget");
        return budget.toMillis() % 1000 == 0 ? budget.toSeconds() + " s" : budget.toMillis() + " ms";
    }
}
