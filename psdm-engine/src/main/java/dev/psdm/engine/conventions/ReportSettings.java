package dev.psdm.engine.conventions;

import java.util.List;

/**
 * The settings of the reports rather than of the rules (issue 25 item 4): where the rule pages that every
 * report links are published. Declared like a rule family's, in psdm-engine's
 * {@code META-INF/services/dev.psdm.engine.conventions.RuleSettings}; the engine itself never reads them.
 */
public final class ReportSettings implements RuleSettings {
    public static final Setting<String> RULE_DOCS_URL = Setting.webUrl("report.ruleDocsUrl",
            "Where the rule pages are published (each report links <url><RULE-ID>.md); an absolute URL, as reports are\n"
                    + "read in job artifacts and MR comments. Empty: the pages of the psdm-check release that runs\n"
                    + "(docs/ci.md, Rule page links). psdm check --rule-docs-url wins over this key.");

    @Override
    public List<Setting<?>> settings() {
        return List.of(RULE_DOCS_URL);
    }
}
