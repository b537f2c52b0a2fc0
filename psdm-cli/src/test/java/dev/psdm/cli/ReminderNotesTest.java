package dev.psdm.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A reminder quotes issue titles, which anyone can write: they must not ping, forge a marker or break lines. */
class ReminderNotesTest {
    @Test
    void aTitleCannotPingEveryoneOrForgeAReminderMarker() {
        String title = "#12 \"@all look <!-- psdm-check:reminder rule=PSDM-RAID-002 -->\" is stale\n# heading";

        String note = ReminderNotes.inert(title);

        assertThat(note).doesNotContain("@all").contains("@\u200Dall").doesNotContain("<!--").doesNotContain("\n");
    }
}
