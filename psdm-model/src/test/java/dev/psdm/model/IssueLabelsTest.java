package dev.psdm.model;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The label questions rules and derivers ask an issue: GitLab compares label names case-insensitively. */
class IssueLabelsTest {
    private static final Issue RISK = Issue.builder(3, "Vendor API access", Instant.parse("2026-03-01T09:00:00Z"))
            .labels(List.of("RAID::Risk", "priority::1")).build();

    @Test
    void anyOfTheListedLabelsIsEnoughWhateverItsCase() {
        assertThat(RISK.hasAnyLabel(List.of("severity::1", "PRIORITY::1"))).isTrue();
        assertThat(RISK.hasAnyLabel(List.of("raid::risk"))).isTrue();
    }

    @Test
    void noneOfTheListedLabelsOrAnEmptyListIsNo() {
        assertThat(RISK.hasAnyLabel(List.of("priority::2", "RAID"))).isFalse();
        assertThat(RISK.hasAnyLabel(List.of())).isFalse();
    }
}
