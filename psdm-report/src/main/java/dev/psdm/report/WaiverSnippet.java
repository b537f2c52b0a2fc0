package dev.psdm.report;

/**
 * The {@code .psdm.yml} lines that waive one finding (issue 25 item 5): what a report prints for a finding
 * that can no longer be fixed ({@link RuleHelp#waiveOnly()}). The reason is left empty and the expiry
 * commented out for the project manager to fill in: pasted unfilled, the conventions are refused (a waiver
 * needs a reason), so a snippet never waives anything by accident.
 */
public final class WaiverSnippet {
    private WaiverSnippet() {
    }

    /**
     * The entry under {@code waivers:}, four lines, two-space indented as in {@code docs/ci.md}:
     * <pre>
     *   - rule: PSDM-CER-001
     *     subject: iteration:10104
     *     reason:                    # required: why the team accepts it
     *     # expires: YYYY-MM-DD      # optional: the last day the waiver holds
     * </pre>
     */
    public static String of(String ruleId, Subject subject) {
        return "  - rule: " + ruleId + "\n"
                + "    subject: " + yamlScalar(subject.key()) + "\n"
                + "    reason:                    # required: why the team accepts it\n"
                + "    # expires: YYYY-MM-DD      # optional: the last day the waiver holds\n";
    }

    /** With the {@code waivers:} key, ready for an empty conventions file. */
    public static String withHeading(String ruleId, Subject subject) {
        return "waivers:\n" + of(ruleId, subject);
    }

    /** Plain when YAML reads it back as the same string, else double-quoted (titles may hold anything). */
    static String yamlScalar(String s) {
        if (s.matches("[A-Za-z0-9][A-Za-z0-9_#:./-]*") && !s.contains(": ") && !s.endsWith(":")) {
            return s;
        }
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
