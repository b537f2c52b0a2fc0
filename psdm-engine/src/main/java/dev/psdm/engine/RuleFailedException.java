package dev.psdm.engine;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A rule's own code threw while the engine evaluated a snapshot: the consequence ({@code then}) of a
 * custom rule, typically. Bundled rules are tested not to; the message names the rule so that its
 * author can find it: {@code rule TEAM-RAID-001 ("Open RAID items have a due date") failed on
 * acme/collab: NullPointerException: ...}. The original exception is the cause.
 */
public final class RuleFailedException extends RuntimeException {
    private final String ruleId;
    private final @Nullable String ruleName;
    private final String projectPath;

    RuleFailedException(String ruleId, @Nullable String ruleName, String projectPath, Throwable cause) {
        this(ruleId, ruleName, null, projectPath, cause);
    }

    RuleFailedException(String ruleId, @Nullable String ruleName, @Nullable String file, String projectPath, Throwable cause) {
        super("rule " + ruleId + (ruleName == null || ruleName.equals(ruleId) ? "" : " (\"" + ruleName + "\")")
                + (file == null ? "" : " in " + file) + " failed on " + projectPath + ": " + describe(cause), cause);
        this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
        this.ruleName = ruleName;
        this.projectPath = projectPath;
    }

    /** The same failure naming the file the rule came from (custom rules; bundled ones have none). */
    RuleFailedException in(@Nullable String file) {
        return file == null || getCause() == null ? this : new RuleFailedException(ruleId, ruleName, file, projectPath, getCause());
    }

    /** The name of the rule (its DRL {@code rule "..."}), when known. */
    @Nullable String ruleName() {
        return ruleName;
    }

    /** The {@code @id} of the rule that failed. */
    public String ruleId() {
        return ruleId;
    }

    private static String describe(Throwable cause) {
        if (cause == null) {
            return "no cause given";
        }
        String message = cause.getMessage();
        String type = cause.getClass().getSimpleName();
        if (message == null || message.isBlank()) {
            return type;
        }
        int newline = message.indexOf('\n');
        return type + ": " + (newline < 0 ? message : message.substring(0, newline));
    }
}
