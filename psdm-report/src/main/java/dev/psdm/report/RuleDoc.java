package dev.psdm.report;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a rule's page, {@code psdm rules} and SARIF's rule help say about it beyond its id, title,
 * severity and handbook section: the optional documentation metadata of its DRL rule
 * ({@code @why}, {@code @passes}, {@code @fails}, {@code @examplePass}, {@code @exampleFail},
 * {@code @config}) and what to do about a finding ({@code @howToFix}, {@code @quickActions},
 * {@code @handbookUrl}, {@code @pastEvent}; see {@link RuleHelp}). A part the rule does not declare
 * is null (the bundled rules declare all of them; a custom rule may not).
 *
 * @param why         the handbook's reason, quoted
 * @param passes      when the rule passes
 * @param fails       when it fails, and how a finding reads
 * @param examplePass a project that passes
 * @param exampleFail a project that fails
 * @param configKeys  the {@code .psdm.yml} keys that tune the rule, in declared order (empty for none)
 * @param help        how to fix a finding, the quick actions to paste, the handbook link
 */
public record RuleDoc(@Nullable String why, @Nullable String passes, @Nullable String fails,
                      @Nullable String examplePass, @Nullable String exampleFail, List<String> configKeys,
                      RuleHelp help) {

    /** A rule that declares no documentation. */
    public static final RuleDoc NONE = new RuleDoc(null, null, null, null, null, List.of());

    public RuleDoc {
        configKeys = List.copyOf(configKeys);
        help = help == null ? RuleHelp.NONE : help;
    }

    /** Documentation without help (a custom rule that declares none). */
    public RuleDoc(@Nullable String why, @Nullable String passes, @Nullable String fails,
                   @Nullable String examplePass, @Nullable String exampleFail, List<String> configKeys) {
        this(why, passes, fails, examplePass, exampleFail, configKeys, RuleHelp.NONE);
    }
}
