package dev.psdm.report.format;

import dev.psdm.report.Finding;
import dev.psdm.report.RuleHelp;
import dev.psdm.report.RuleResult;

/**
 * What to do about one finding, as plain lines (issue 25 items 3 and 5): the subject key a waiver names,
 * the rule's how-to-fix, the GitLab quick actions to paste, the handbook link, and the ready
 * {@code .psdm.yml} waiver when the finding can no longer be fixed. Shared by the plain-text formats
 * (JUnit's test case content, Code Quality's body) so that they say the same.
 */
public final class Remedies {
    private Remedies() {
    }

    /** The lines without a rule page link ({@link #plainText(RuleResult, Finding, FormatOptions)}). */
    public static String plainText(RuleResult rule, Finding finding) {
        return plainText(rule, finding, FormatOptions.defaults());
    }

    /** The lines, each ending in a newline; the waiver block indented as YAML under {@code waivers:}. */
    public static String plainText(RuleResult rule, Finding finding, FormatOptions options) {
        RuleHelp help = rule.helpOrNone();
        StringBuilder sb = new StringBuilder();
        sb.append("Key: ").append(finding.subject().key()).append('\n');
        if (help.howToFix() != null) {
            sb.append("How to fix: ").append(help.howToFix()).append('\n');
        }
        if (!help.quickActions().isEmpty()) {
            sb.append("Quick actions (paste into a comment of the issue):\n");
            help.quickActions().forEach(a -> sb.append("  ").append(a).append('\n'));
        }
        if (help.handbookUrl() != null) {
            sb.append("Handbook section: ").append(help.handbookUrl()).append('\n');
        }
        String page = options.ruleDocUrl(rule.ruleId());
        if (page != null) {
            sb.append("Rule page: ").append(page).append('\n');
        }
        String waiver = rule.waiverSnippet(finding);
        if (waiver != null) {
            sb.append("Can no longer be fixed; to accept it, add to .psdm.yml under waivers:\n").append(waiver);
        }
        return sb.toString();
    }
}
