package dev.psdm.gitlab.publish;

import dev.psdm.gitlab.GitLabConnection;
import dev.psdm.gitlab.RetryPolicy;
import dev.psdm.gitlab.fake.FakeIssueWrites;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Reminder notes on offending issues: one per finding, a cadence found by marker, a cap per run (issue 30 item 2). */
class RemindersTest {
    private static final Instant MONDAY = Instant.parse("2026-03-02T08:00:00Z");
    private final FakeIssueWrites gitlab = new FakeIssueWrites();

    @AfterEach
    void stop() {
        gitlab.close();
    }

    private Reminders.Outcome remind(Instant now, int max, boolean apply, Reminder... reminders) {
        gitlab.noteTime(now);
        try (GitLabConnection c = GitLabConnection.open(gitlab.baseUrl(), () -> "glpat-remindersTest0123456",
                RetryPolicy.defaults(), null, Duration.ofSeconds(5), Duration.ofSeconds(10), null, d -> { },
                Clock.systemUTC())) {
            Writes writes = apply ? Writes.applying(c) : Writes.dryRun(c);
            return new Reminders(writes, Duration.ofDays(7), max, now).remind("5", List.of(reminders));
        }
    }

    private static Reminder stale(long iid) {
        return new Reminder(iid, "PSDM-RAID-002", "@pm **PSDM-RAID-002** RAID item stale\n\n```\n/assign @pm\n```");
    }

    @Test
    void oneNotePerFindingOnTheOffendingIssueWithItsMarker() {
        gitlab.addIssue("Risk: vendor late", "r");
        gitlab.addIssue("Risk: no budget", "r");

        Reminders.Outcome outcome = remind(MONDAY, 10, true, stale(1), stale(2),
                new Reminder(2, "PSDM-WGT-001", "@dev weigh it\n\n```\n/weight 3\n```"));

        assertThat(outcome).isEqualTo(new Reminders.Outcome(3, 0, 0));
        assertThat(gitlab.notes(1)).singleElement().satisfies(n -> assertThat(n.path("body").asText())
                .isEqualTo("@pm **PSDM-RAID-002** RAID item stale\n\n```\n/assign @pm\n```\n\n"
                        + "<!-- psdm-check:reminder rule=PSDM-RAID-002 -->"));
        assertThat(gitlab.notes(2)).hasSize(2);
        // the notes of the offending issues only, one read each
        assertThat(gitlab.requests()).filteredOn(r -> r.startsWith("GET")).containsExactly(
                "GET /api/v4/projects/5/issues/1/notes", "GET /api/v4/projects/5/issues/2/notes");
    }

    @Test
    void aReminderIsNotRepeatedWithinTheCadenceAndIsAfterIt() {
        gitlab.addIssue("Risk: vendor late", "r");
        remind(MONDAY, 10, true, stale(1));

        Reminders.Outcome sixDaysLater = remind(MONDAY.plus(Duration.ofDays(6)), 10, true, stale(1));
        assertThat(sixDaysLater).isEqualTo(new Reminders.Outcome(0, 1, 0));
        assertThat(gitlab.notes(1)).hasSize(1);

        Reminders.Outcome eightDaysLater = remind(MONDAY.plus(Duration.ofDays(8)), 10, true, stale(1));
        assertThat(eightDaysLater).isEqualTo(new Reminders.Outcome(1, 0, 0));
        assertThat(gitlab.notes(1)).hasSize(2);
    }

    @Test
    void theCapLeavesTheRestForALaterRun() {
        for (int i = 1; i <= 4; i++) {
            gitlab.addIssue("Risk " + i, "r");
        }

        Reminders.Outcome first = remind(MONDAY, 2, true, stale(1), stale(2), stale(3), stale(4));
        assertThat(first).isEqualTo(new Reminders.Outcome(2, 0, 2));
        assertThat(gitlab.writes()).isEqualTo(2);

        Reminders.Outcome next = remind(MONDAY.plus(Duration.ofDays(1)), 2, true, stale(1), stale(2), stale(3), stale(4));
        assertThat(next).isEqualTo(new Reminders.Outcome(2, 2, 0));
        assertThat(gitlab.notes(3)).hasSize(1);
        assertThat(gitlab.notes(4)).hasSize(1);
    }

    @Test
    void aPersonsNoteQuotingTheRuleIsNotAReminderAndADryRunPostsNothing() {
        gitlab.addIssue("Risk: vendor late", "r");
        gitlab.addNote(1, "PSDM-RAID-002 says this is stale, we know");

        Reminders.Outcome planned = remind(MONDAY, 10, false, stale(1));

        assertThat(planned).isEqualTo(new Reminders.Outcome(1, 0, 0));
        assertThat(gitlab.writes()).isZero();
        assertThat(gitlab.notes(1)).hasSize(1);
    }
}
