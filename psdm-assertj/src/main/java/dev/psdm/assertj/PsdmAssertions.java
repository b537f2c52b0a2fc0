package dev.psdm.assertj;

import dev.psdm.rules.report.Report;
import dev.psdm.rules.report.RuleResult;
import org.assertj.core.api.Assertions;

/**
 * Entry point of the test kit's assertions. Import statically next to (or instead of) AssertJ's:
 * <pre>{@code import static dev.psdm.assertj.PsdmAssertions.assertThat;}</pre>
 */
public class PsdmAssertions extends Assertions {

    protected PsdmAssertions() {
    }

    public static ReportAssert assertThat(Report actual) {
        return new ReportAssert(actual);
    }

    public static RuleResultAssert assertThat(RuleResult actual) {
        return new RuleResultAssert(actual);
    }
}
