package dev.psdm.report;

import dev.psdm.report.json.JsonOutput;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A notice names its subject in the shape a finding does (issue 25 item 10), read back from its key. */
class SubjectKeyTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "issue#42|issue|42||",
            "iteration:10104|iteration||10104|",
            "milestone:7|milestone||7|",
            "label:needs triage|label|||needs triage",
            "period:week 2026-03-02 – 2026-03-08|period|||week 2026-03-02 – 2026-03-08",
            "activity:internal retrospective|activity|||internal retrospective",
            "iteration:Iteration 4|unknown|||iteration:Iteration 4",
            "issue#abc|unknown|||issue#abc",
            "typo|unknown|||typo"})
    void aKeyGivesTheSubjectItNames(String key, String type, Long iid, Long id, String title) {
        Subject s = Subject.fromKey(key, null);
        assertThat(s).isEqualTo(new Subject(type, iid, id, title, null));
        assertThat(s.key()).as("the key round-trips").isEqualTo(key);
    }

    @Test
    void aNoticeWritesItsSubjectAsAnObjectWithItsKey() {
        Notice n = Notice.about(Notice.Kind.BASELINE_FIXED, "PSDM-CER-001", "iteration:10103", "Iteration 3", "fixed");
        assertThat(n.subjectKey()).isEqualTo("iteration:10103");
        assertThat(JsonOutput.tree(n).get("subject").toString())
                .isEqualTo("{\"type\":\"iteration\",\"key\":\"iteration:10103\",\"id\":10103,\"title\":\"Iteration 3\"}");
    }
}
