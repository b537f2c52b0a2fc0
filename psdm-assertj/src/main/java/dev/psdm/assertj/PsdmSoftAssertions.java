package dev.psdm.assertj;

import dev.psdm.report.Report;
import dev.psdm.report.RuleResult;
import org.assertj.core.api.AbstractSoftAssertions;
import org.assertj.core.api.StandardSoftAssertionsProvider;
import org.assertj.core.api.SoftAssertionsProvider;

import java.util.function.Consumer;

/**
 * Soft assertions on reports: every failure is collected and reported together by {@link #assertAll()},
 * the ones chained after {@code hasFailed(id)} included. AssertJ's own soft assertions come with it.
 * <pre>{@code
 * PsdmSoftAssertions.assertSoftly(softly -> {
 *     softly.assertThat(report).hasFailed("PSDM-RAID-002").on(issue(12));
 *     softly.assertThat(report).hasPassed("PSDM-IT0-001");
 * });
 * }</pre>
 * or, with JUnit 5, {@code @ExtendWith(SoftAssertionsExtension.class)} and a field
 * {@code @InjectSoftAssertions PsdmSoftAssertions softly;} (the extension calls {@code assertAll()}).
 */
public class PsdmSoftAssertions extends AbstractSoftAssertions implements StandardSoftAssertionsProvider {

    /** Soft assertions on a whole report. */
    public ReportAssert assertThat(Report actual) {
        return proxy(ReportAssert.class, Report.class, actual).collectingErrorsInto(this);
    }

    /** Soft assertions on one rule's result. */
    public RuleResultAssert assertThat(RuleResult actual) {
        return proxy(RuleResultAssert.class, RuleResult.class, actual);
    }

    /** Runs the assertions softly and throws one error listing every failure, if any. */
    public static void assertSoftly(Consumer<PsdmSoftAssertions> softly) {
        SoftAssertionsProvider.assertSoftly(PsdmSoftAssertions.class, softly);
    }
}
