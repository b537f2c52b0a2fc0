package dev.psdm.rules.catalog.closeout;

import dev.psdm.rules.catalog.activities.ActivitySettings;
import dev.psdm.rules.catalog.Fixtures;

import dev.psdm.assertj.RuleVerifier;
import dev.psdm.assertj.SnapshotFixture;
import dev.psdm.model.DataGap;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Pattern;

import static dev.psdm.assertj.SubjectRef.activity;
import static dev.psdm.rules.catalog.Fixtures.small;

/** The small fixture's last iteration (Iteration 3) ended on 2026-03-01, before the default as-of 2026-03-20. */
class CloseoutRuleTest {
    private static final RuleVerifier CLOSE_001 = RuleVerifier.forRule("PSDM-CLOSE-001");

    @Test
    void retrospectiveRecapAndSupportHandoffPass() {
        CLOSE_001.given(small()
                .issue(i -> i.title("Project retrospective").closed())
                .issue(i -> i.title("Go-live recap for Acme"))
                .wikiPage("Support handoff: architecture diagram", null)).passes();
    }

    @Test
    void eachMissingCloseoutActivityIsAFinding() {
        CLOSE_001.given(small().issue(i -> i.title("Go-live recap")).issue(i -> i.title("Iteration 3 retrospective")))
                .fails().on(activity("end-of-project retrospective"), activity("support handoff"))
                .withMessageContainingOn(activity("support handoff"), "The last iteration (Iteration 3) ended on 2026-03-01");
    }

    @Test
    void notApplicableWhileAnIterationIsRunning() {
        CLOSE_001.given(small().asOf(LocalDate.of(2026, 2, 20))).isNotApplicable()
                .withReasonContaining("has not ended");
    }

    @Test
    void notApplicableWithoutIterations() {
        CLOSE_001.given(SnapshotFixture.project().issue(i -> i.title("Work"))).isNotApplicable();
    }

    @Test
    void missingActivityWithUnreadableWikiIsNotEvaluated() {
        CLOSE_001.given(small().gap(DataGap.WIKI, "wiki disabled")).isNotEvaluated();
    }

    @Test
    void trainingEngagementsRecordTheirOwnCloseout() {
        CLOSE_001.withConventions(Fixtures.conventions(c -> c.set(ActivitySettings.CLOSEOUT, 
                        Map.of("training closeout", Pattern.compile("(?i)training close-?out")))))
                .given(small().issue(i -> i.title("Training closeout checklist"))).passes();
    }
}
