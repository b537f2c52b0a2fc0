package dev.psdm.engine.conventions;

import dev.psdm.report.Subject;
import dev.psdm.report.Waiver;
import dev.psdm.report.WaiverSnippet;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The waiver a report prints for a finding that can no longer be fixed (issue 25 item 5) is what the
 * conventions reader accepts once the PM fills in the reason, and is refused while it is left empty, so
 * a pasted snippet never waives anything by accident.
 */
class WaiverSnippetTest {
    private static final Subject ITERATION = Subject.of("iteration", 10104L, "Iteration 4", null);

    @Test
    void aFilledInSnippetReadsBackAsTheWaiverOfThatFinding() {
        String yaml = WaiverSnippet.withHeading("PSDM-CER-001", ITERATION)
                .replace("reason:   ", "reason: Planning was held by phone; the customer confirmed it in writing  ")
                .replace("# expires:", "expires:").replace("YYYY-MM-DD", "2026-06-30");
        Conventions conventions = ConventionsYaml.read(new StringReader(yaml), ".psdm.yml");
        assertThat(conventions.waivers()).containsExactly(new Waiver("PSDM-CER-001", "iteration:10104",
                "Planning was held by phone; the customer confirmed it in writing", LocalDate.of(2026, 6, 30)));
    }

    @Test
    void anUnfilledSnippetIsRefusedForItsMissingReason() {
        String yaml = WaiverSnippet.withHeading("PSDM-CER-001", ITERATION);
        assertThatThrownBy(() -> ConventionsYaml.read(new StringReader(yaml), ".psdm.yml"))
                .hasMessageContaining("reason");
    }

    @Test
    void anIssueKeyStaysPlainAndATitleKeyIsQuoted() {
        assertThat(WaiverSnippet.of("PSDM-LBL-001", Subject.of("label", null, "PM name: Jane", null)))
                .contains("subject: \"label:PM name: Jane\"");
        assertThat(WaiverSnippet.of("PSDM-WGT-001", new Subject("issue", 85L, null, "Sizing", null)))
                .contains("subject: issue#85\n");
    }
}
