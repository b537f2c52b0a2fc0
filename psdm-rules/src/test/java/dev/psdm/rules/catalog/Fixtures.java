package dev.psdm.rules.catalog;

import dev.psdm.engine.conventions.Conventions;
import dev.psdm.report.Severity;

import java.util.function.UnaryOperator;

/** Short ways to say "the defaults, but ..." in the rule tests. */
public final class Fixtures {
    private Fixtures() {
    }

    public static Conventions conventions(UnaryOperator<Conventions.Builder> change) {
        return change.apply(Conventions.defaults().toBuilder()).build();
    }

    public static Conventions severity(String ruleId, Severity severity) {
        return conventions(c -> c.rule(ruleId, new Conventions.RuleOverride(null, severity)));
    }
}
