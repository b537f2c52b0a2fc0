package dev.psdm.cli;

import dev.psdm.engine.PsdmEngine;
import dev.psdm.engine.conventions.ReportSettings;

/**
 * Where the reports link rule pages (issue 25 item 4): {@code --rule-docs-url}, else the conventions'
 * {@code report.ruleDocsUrl}, else this release's pages ({@link VersionProvider#ruleDocsUrl()}). Always an
 * absolute URL, or empty for no links: a relative {@code docs/rules/} link is dead in a job artifact, an MR
 * comment or a mailed HTML page.
 */
final class RuleDocsBase {
    private RuleDocsBase() {
    }

    /** Refuses a relative {@code --rule-docs-url} before anything is read. */
    static void check(String option) {
        if (option != null && !option.isBlank() && !option.strip().startsWith("https://") && !option.strip().startsWith("http://")) {
            throw new UserError("--rule-docs-url must be an absolute http(s) URL (a relative link is dead in a job artifact"
                    + " or an MR comment), got '" + option + "'; '' turns the links off");
        }
    }

    static String of(String option, PsdmEngine engine) {
        if (option != null) {
            return option.strip();
        }
        String configured = engine.conventions().get(ReportSettings.RULE_DOCS_URL);
        return configured.isEmpty() ? VersionProvider.ruleDocsUrl() : configured;
    }
}
