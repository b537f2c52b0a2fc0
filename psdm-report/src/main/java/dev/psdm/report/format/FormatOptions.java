package dev.psdm.report.format;

import dev.psdm.report.RuleDescriptor;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What writers need to know beyond the report. Immutable; {@link #defaults()} suits a collaboration
 * project that keeps its conventions in {@code .psdm.yml} at the repository root.
 *
 * @param locationPath  the repository path Code Quality entries (and SARIF waivers) point at, since
 *                      findings are about GitLab issues and iterations, not files: GitLab shows a Code
 *                      Quality entry only with a path and line, so it is the conventions file, line 1
 * @param ruleDocsBase  where rule pages live: a rule's page is {@code ruleDocsBase + id + ".md"}; an absolute
 *                      http(s) URL ({@code https://.../docs/rules/}), or empty for no rule page links. A relative
 *                      path is refused: it is dead where reports are read (a job artifact, an MR comment)
 * @param rules         the rule catalog (SARIF's tool driver lists it); empty means "the rules in the report"
 * @param toolVersion   psdm-check's version for SARIF's tool driver, or null
 * @param keepMentions  keep {@code @name} in snapshot text live in Markdown (off by default: posted as a
 *                      comment, {@code @all} in an issue title would ping every member)
 */
public record FormatOptions(String locationPath, String ruleDocsBase, List<RuleDescriptor> rules,
                            @Nullable String toolVersion, boolean keepMentions) {

    public static final String DEFAULT_LOCATION_PATH = ".psdm.yml";
    /** No rule page links: the library does not know where its docs are published (the CLI does). */
    public static final String DEFAULT_RULE_DOCS_BASE = "";

    public FormatOptions {
        Objects.requireNonNull(locationPath, "locationPath");
        Objects.requireNonNull(ruleDocsBase, "ruleDocsBase");
        ruleDocsBase = ruleDocsBase.strip();
        if (!ruleDocsBase.isEmpty() && !Links.isWebUrl(ruleDocsBase)) {
            throw new IllegalArgumentException("rule docs base must be an absolute http(s) URL (a relative link is dead"
                    + " in a job artifact or an MR comment), got '" + ruleDocsBase + "'");
        }
        ruleDocsBase = ruleDocsBase.isEmpty() || ruleDocsBase.endsWith("/") ? ruleDocsBase : ruleDocsBase + "/";
        rules = List.copyOf(rules);
    }

    public static FormatOptions defaults() {
        return new FormatOptions(DEFAULT_LOCATION_PATH, DEFAULT_RULE_DOCS_BASE, List.of(), null, false);
    }

    public FormatOptions withLocationPath(String value) {
        return new FormatOptions(value, ruleDocsBase, rules, toolVersion, keepMentions);
    }

    public FormatOptions withRuleDocsBase(String value) {
        return new FormatOptions(locationPath, value, rules, toolVersion, keepMentions);
    }

    public FormatOptions withRules(List<RuleDescriptor> value) {
        return new FormatOptions(locationPath, ruleDocsBase, value, toolVersion, keepMentions);
    }

    public FormatOptions withToolVersion(@Nullable String value) {
        return new FormatOptions(locationPath, ruleDocsBase, rules, value, keepMentions);
    }

    /** Keeps {@code @mentions} of snapshot text live in Markdown, or not (the default). */
    public FormatOptions withKeepMentions(boolean value) {
        return new FormatOptions(locationPath, ruleDocsBase, rules, toolVersion, value);
    }

    /** The absolute link to a rule's page, or null when no rule docs base is set. */
    public @Nullable String ruleDocUrl(String ruleId) {
        return ruleDocsBase.isEmpty() ? null : ruleDocsBase + ruleId + ".md";
    }

    /** True when rule pages are linked (always with absolute URLs, as SARIF's {@code helpUri} must be). */
    public boolean ruleDocsAreAbsolute() {
        return !ruleDocsBase.isEmpty();
    }
}
