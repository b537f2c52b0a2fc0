package dev.psdm.examples.customrule;

import dev.psdm.assertj.PsdmSoftAssertions;
import dev.psdm.model.json.SnapshotJson;
import dev.psdm.report.FailOn;
import dev.psdm.report.Report;
import dev.psdm.report.baseline.Baseline;
import org.assertj.core.api.junit.jupiter.InjectSoftAssertions;
import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Path;

import static dev.psdm.assertj.PsdmAssertions.assertThat;
import static dev.psdm.assertj.PsdmAssertions.catchThrowableOfType;
import static dev.psdm.assertj.SubjectRef.issue;

/** The whole report with soft assertions and the gate's view, as a team's weekly check reads it. */
@ExtendWith(SoftAssertionsExtension.class)
class TeamReportSoftlyTest {
    private static final Report LARGE = TeamRules.engine()
            .evaluate(SnapshotJson.read(Path.of("..", "snapshots", "large-project.json")));

    // tag::soft[]
    @InjectSoftAssertions
    private PsdmSoftAssertions softly;   // failures are collected and reported together after the test

    @Test
    void everyFindingOfTheSampleIsKnownOnceBaselined() {
        Report baselined = Baseline.of(LARGE).applyTo(LARGE);   // what `psdm check --baseline` does

        softly.assertThat(LARGE).hasFailed("ACME-RAID-001").onAtLeast(issue(86), issue(91)).hasFindings(5);
        softly.assertThat(baselined).hasNoFailures()                 // gate view: baselined findings do not count
                .passesGate(FailOn.INFO)
                .isBaselined("PSDM-RAID-002", issue(89));
        softly.assertThat(baselined).hasFailed("PSDM-RAID-002");     // status view: the rule still fails
    }
    // end::soft[]

    // tag::message[]
    @Test
    void aWrongExpectationNamesWhatIsMissingAndWhatIsUnexpected() {
        AssertionError e = catchThrowableOfType(AssertionError.class,
                () -> assertThat(LARGE).as("weekly check").hasFailed("PSDM-RAID-002").on(issue(89), issue(90)));

        assertThat(e).hasMessage(String.join(System.lineSeparator(), "[weekly check] ",
                "Expecting PSDM-RAID-002 to fail on:",
                "  [issue #89, issue #90]",
                "but it failed on:",
                "  [issue #89, issue #91]",
                "(missing: [issue #90], unexpected: [issue #91])"));
    }
    // end::message[]
}
