package dev.psdm.gitlab.publish;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.psdm.gitlab.GitLabConnection;
import dev.psdm.gitlab.GitLabFetchException;
import dev.psdm.gitlab.PsdmRecords;
import dev.psdm.gitlab.RetryPolicy;
import dev.psdm.gitlab.fake.FakeIssueWrites;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Prepared records against a GitLab that remembers its writes (issue 30 items 4 and 5): created when missing, left
 * alone when present (found by marker, never by title), a dry run that sends nothing, convergence after a kill.
 */
class RecordPreparerTest {
    private static final String TOKEN = "glpat-prepareTestToken0123";
    private static final PreparedIssue PLANNING = new PreparedIssue("planning/iteration-10111", "Iteration 11 planning",
            "Iteration planning for **Iteration 11**.", List.of("ceremony::planning"), LocalDate.parse("2026-05-25"),
            10111L, "Iteration 11", null);
    private static final PreparedIssue REVIEW = new PreparedIssue("review/iteration-10111", "Iteration 11 review",
            "Review.", List.of("ceremony::review"), LocalDate.parse("2026-06-07"), 10111L, "Iteration 11", null);
    private static final PreparedLabel RAID = new PreparedLabel("PS RAID Log", "#DC143C", "RAID log");

    private FakeIssueWrites gitlab = new FakeIssueWrites();

    @AfterEach
    void stop() {
        gitlab.close();
    }

    private RecordPreparer.Outcome prepare(boolean apply, List<String> existingLabels, PreparedIssue... records) {
        try (GitLabConnection c = GitLabConnection.open(gitlab.baseUrl(), () -> TOKEN,
                RetryPolicy.defaults().withBackoff(Duration.ZERO, Duration.ZERO).withMaxAttempts(3), null,
                Duration.ofSeconds(5), Duration.ofSeconds(10), null, d -> { }, Clock.systemUTC())) {
            TokenScopes.requireWriteScope(c, "psdm prepare");
            Writes writes = apply ? Writes.applying(c) : Writes.dryRun(c);
            return new RecordPreparer(writes).prepare("5", List.of(records), List.of(RAID), existingLabels);
        }
    }

    @Test
    void createsWhatIsMissingWithMarkerDueDateLabelsAndTheIterationQuickAction() {
        RecordPreparer.Outcome outcome = prepare(true, List.of(), PLANNING, REVIEW);

        assertThat(outcome.created()).containsExactly("Iteration 11 planning", "Iteration 11 review");
        assertThat(outcome.labelsCreated()).containsExactly("PS RAID Log");
        assertThat(gitlab.labels()).singleElement().satisfies(l -> assertThat(l.path("color").asText()).isEqualTo("#DC143C"));
        ObjectNode planning = gitlab.issues().get(0);
        assertThat(planning.path("title").asText()).isEqualTo("Iteration 11 planning");
        assertThat(planning.path("due_date").asText()).isEqualTo("2026-05-25");
        assertThat(planning.path("labels").toString()).isEqualTo("[\"ceremony::planning\"]");
        assertThat(planning.path("description").asText())
                .startsWith("<!-- psdm-check:prepared record=planning/iteration-10111 -->\n\n")
                .contains("Iteration planning for **Iteration 11**.")
                .endsWith("\n/iteration *iteration:10111\n");
        assertThat(gitlab.requests()).containsExactly("GET /api/v4/personal_access_tokens/self",
                "POST /api/v4/projects/5/labels", "GET /api/v4/projects/5/issues", "POST /api/v4/projects/5/issues",
                "POST /api/v4/projects/5/issues");
    }

    @Test
    void whatPsdmPreparedEarlierIsLeftAloneWhateverItsTitleNow() {
        prepare(true, List.of(), PLANNING, REVIEW);
        gitlab.issues().get(0).put("title", "Iteration 11 planning (moved to Tuesday)").put("state", "closed");
        gitlab.resetRequests();

        RecordPreparer.Outcome again = prepare(true, List.of("ps raid log"), PLANNING, REVIEW);

        assertThat(again.created()).isEmpty();
        assertThat(again.alreadyThere()).containsEntry("planning/iteration-10111", 1L).containsEntry("review/iteration-10111", 2L);
        assertThat(gitlab.writes()).isZero();
        assertThat(gitlab.requests()).containsExactly("GET /api/v4/personal_access_tokens/self",
                "GET /api/v4/projects/5/issues");
    }

    @Test
    void aDryRunSendsNoWriteAndListsEachRequest() {
        RecordPreparer.Outcome outcome = prepare(false, List.of(), PLANNING);

        assertThat(outcome.writes()).extracting(WriteRequest::describe).containsExactly(
                "POST /projects/5/labels: create label \"PS RAID Log\" #DC143C",
                "POST /projects/5/issues: create issue \"Iteration 11 planning\", labels ceremony::planning, due"
                        + " 2026-05-25, in Iteration 11 (/iteration quick action) (40 characters of template)");
        assertThat(gitlab.writes()).isZero();
        assertThat(gitlab.issues()).isEmpty();
    }

    @Test
    void anIssueAPersonTitledLikeTheRecordIsNeverTouched() {
        ObjectNode theirs = gitlab.addIssue("Iteration 11 planning", "Our own agenda; psdm-check:prepared is mentioned"
                + " here in prose, without the marker line.", "ceremony::planning");
        String before = theirs.toString();

        prepare(true, List.of(), PLANNING);

        assertThat(gitlab.issues()).hasSize(2);
        assertThat(gitlab.issues().get(0).toString()).isEqualTo(before);
        assertThat(gitlab.requests()).noneMatch(r -> r.startsWith("PUT ") || r.startsWith("PATCH ") || r.startsWith("DELETE "));
    }

    @Test
    void aRunKilledAfterItsFirstCreateConvergesToWhatACleanRunWrites() {
        prepare(true, List.of(), PLANNING, REVIEW);
        String clean = gitlab.state();
        gitlab.close();
        gitlab = new FakeIssueWrites();
        gitlab.writeBudget(2); // the label and the planning record go out, then the run dies

        assertThatThrownBy(() -> prepare(true, List.of(), PLANNING, REVIEW)).isInstanceOf(GitLabFetchException.class);
        assertThat(gitlab.issues()).hasSize(1);
        gitlab.writeBudget(Integer.MAX_VALUE);

        prepare(true, List.of("PS RAID Log"), PLANNING, REVIEW);

        assertThat(gitlab.state()).isEqualTo(clean);
    }

    @Test
    void aLabelMadeSinceTheProjectWasReadIsTakenAsThere() {
        prepare(true, List.of());
        gitlab.resetRequests();

        // the snapshot did not list it yet: GitLab answers 409 (doc/api/labels.md), and the run goes on
        RecordPreparer.Outcome outcome = prepare(true, List.of(), PLANNING);

        assertThat(outcome.labelsCreated()).isEmpty();
        assertThat(outcome.created()).containsExactly("Iteration 11 planning");
        assertThat(gitlab.labels()).hasSize(1);
    }

    @Test
    void preparedRecordsAreNotPsdmsOwnIssuesTheRulesSkip() {
        // the compliance issue is left out of every snapshot; a prepared ceremony record must stay in (the rules judge it)
        assertThat(PsdmRecords.isComplianceIssue(PLANNING.description())).isFalse();
        assertThat(PreparedMarker.in(PLANNING.description())).contains(new PreparedMarker("planning/iteration-10111"));
        assertThat(PreparedMarker.in("<!-- psdm-check:compliance-issue fingerprint=aaaaaaaa failing= -->")).isEmpty();
    }
}
