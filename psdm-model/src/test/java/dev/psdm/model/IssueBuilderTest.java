package dev.psdm.model;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 28 item 6: issues from your own data without the 20-argument constructor. */
class IssueBuilderTest {
    private static final Instant CREATED = Instant.parse("2026-03-01T09:00:00Z");

    @Test
    void startsAsAnOpenPlainIssueUpdatedWhenCreated() {
        Issue issue = Issue.builder(12, "Vendor API access", CREATED).build();
        assertThat(issue).isEqualTo(new Issue(null, 12, "Vendor API access", null, "opened", CREATED, CREATED, null, null,
                List.of(), List.of(), null, null, null, null, false, null, Issue.TYPE_ISSUE, null, null, null));
        assertThat(issue.isOpen()).isTrue();
    }

    @Test
    void setsEveryFieldAndRoundTripsThroughToBuilder() {
        Instant closed = Instant.parse("2026-03-10T17:00:00Z");
        Issue issue = Issue.builder(7, "Runner quota", CREATED).id(700L).description("d").labels(List.of("RAID::Risk"))
                .assignees(List.of("ana")).weight(3).iterationId(5L).milestoneId(6L).epic(2L, 200L, 9L)
                .dueDate(LocalDate.of(2026, 4, 1)).confidential(true).webUrl("https://gitlab.example/x")
                .workItemType("Test Case").healthStatus("at_risk").updatedAt(closed).closed(closed).build();
        assertThat(issue.state()).isEqualTo("closed");
        assertThat(issue.workItemType()).isEqualTo(Issue.TYPE_TEST_CASE);
        assertThat(issue.epicGroupId()).isEqualTo(9L);
        assertThat(issue.toBuilder().build()).isEqualTo(issue);
        assertThat(issue.toBuilder().reopened().build().closedAt()).isNull();
    }

    @Test
    void aMissingRequiredFieldIsNamed() {
        assertThatThrownBy(() -> Issue.builder(1, null, CREATED).build()).hasMessageContaining("title");
    }
}
