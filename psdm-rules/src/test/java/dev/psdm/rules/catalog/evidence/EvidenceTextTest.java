package dev.psdm.rules.catalog.evidence;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The near-miss search skips positions by their first character; it must find what regionMatches finds. */
class EvidenceTextTest {

    @Test
    void findsTheWordInAnyCaseAtItsFirstPosition() {
        assertThat(EvidenceText.indexOfIgnoringCase("Iteration 3 RETROSPECTIVE notes", "retrospective")).isEqualTo(12);
        assertThat(EvidenceText.indexOfIgnoringCase("retro, then Retrospective", "RETROSPECTIVE")).isEqualTo(12);
        assertThat(EvidenceText.indexOfIgnoringCase("Kickoff", "kickoff")).isZero();
        assertThat(EvidenceText.indexOfIgnoringCase("ends in Handoff", "handoff")).isEqualTo(8);
    }

    @Test
    void findsNothingWhereTheWordIsNot() {
        assertThat(EvidenceText.indexOfIgnoringCase("Iteration 3 retro", "retrospective")).isEqualTo(-1);
        assertThat(EvidenceText.indexOfIgnoringCase(null, "retrospective")).isEqualTo(-1);
        assertThat(EvidenceText.indexOfIgnoringCase("", "x")).isEqualTo(-1);
    }

    @Test
    void agreesWithRegionMatchesBeyondAscii() {
        // characters whose cases differ outside ASCII: the Kelvin sign upper-cases to K, ß does not change
        String[] texts = {"\u212Aickoff", "Übergabe", "die übergabe", "STRAßE", "straße", "İstanbul", "ıstanbul"};
        String[] words = {"kickoff", "übergabe", "ÜBERGABE", "straße", "STRASSE", "istanbul", "ISTANBUL"};
        for (String text : texts) {
            for (String word : words) {
                assertThat(EvidenceText.indexOfIgnoringCase(text, word)).as(text + " / " + word)
                        .isEqualTo(slowIndexOf(text, word));
            }
        }
    }

    private static int slowIndexOf(String text, String word) {
        for (int i = 0; i <= text.length() - word.length(); i++) {
            if (text.regionMatches(true, i, word, 0, word.length())) {
                return i;
            }
        }
        return -1;
    }
}
