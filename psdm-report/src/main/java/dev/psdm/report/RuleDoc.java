package dev.psdm.report;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a rule's page, {@code psdm rules} and SARIF's rule help say about it beyond its id, title,
 * severity and handbook section: the optional documentation metadata of its DRL rule
 * ({@code @why}, {@code @passes}, {@code @fails}, {@code @examplePass}, {@code @exampleFail},
 * {@code @config}). A part the rule does not declare is null (the bundled rules declare all of them;
 * a custom rule may not).
 *
 * @param why         the handbook's reason, quoted
 * @param passes      when the rule passes
 * @param fails       when it fails, and how a finding reads
 * @param examplePass a project that passes
 * @param exampleFail a project that fails
 * @param configKeys  the {@code .psdm.yml} keys that tune the rule, in declared order (empty for none)
 */
public record RuleDoc(@Nullable String why, @Nullable String passes, @Nullable String fails,
                      @Nullable String examplePass, @Nullable String exampleFail, List<String> configKeys) {

    /** A rule that declares no documentation. */
    public static final RuleDoc NONE = new RuleDoc(null, null, null, null, null, List.of());

    public RuleDoc {
        configKeys = List.copyOf(configKeys);
    }
}
