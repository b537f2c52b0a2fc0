package dev.psdm.assertj;

import dev.psdm.report.RuleResult;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on one rule's result, from {@code assertThat(result)}, {@code assertThat(report).hasFailed(id)}
 * or a {@link RuleVerifier} case. To add a team's own, extend {@link AbstractRuleResultAssert}.
 */
public class RuleResultAssert extends AbstractRuleResultAssert<RuleResultAssert> {

    /** Public for AssertJ's soft-assertion proxies, which subclass it. */
    public RuleResultAssert(@Nullable RuleResult actual) {
        super(actual, RuleResultAssert.class);
    }
}
