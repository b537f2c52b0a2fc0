package dev.psdm.rules.catalog;

import dev.psdm.rules.conventions.Conventions;
import dev.psdm.rules.report.Severity;

import java.util.function.UnaryOperator;

/** Short ways to say "the defaults, but ..." in the rule tests. */
final class Fixtures {
    private Fixtures() {
    }

    static Conventions conventions(UnaryOperator<Conventions.Builder> change) {
        return change.apply(Conventions.defaults().toBuilder()).build();
    }

    static Conventions severity(String ruleId, Severity severity) {
        return conventions(c -> c.rule(ruleId, new Conventions.RuleOverride(null, severity)));
    }
}
