package dev.psdm.assertj;

import dev.psdm.report.Report;
import dev.psdm.report.RuleResult;
import org.assertj.core.api.Assertions;

/**
 * Entry point of the test kit's assertions. Import statically next to (or instead of) AssertJ's:
 * <pre>{@code import static dev.psdm.assertj.PsdmAssertions.assertThat;}</pre>
 * For soft assertions, see {@link PsdmSoftAssertions}.
 */
public class PsdmAssertions extends Assertions {

    protected PsdmAssertions() {
    }

    /** Assertions on a whole report: {@code hasFailed(id).on(..)}, {@code hasPassed(..)}, {@code passesGate(..)}, ... */
    public static ReportAssert assertThat(Report actual) {
        return new ReportAssert(actual);
    }

    /** Assertions on one rule's result. */
    public static RuleResultAssert assertThat(RuleResult actual) {
        return new RuleResultAssert(actual);
    }
}
