package dev.psdm.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The suite's request-count measurement works and counts what it should (1,000 issues; the suite goes to 100k). */
class GitLabRequestsTest {

    @Test
    void fetchOfAThousandIssuesStaysWithinItsRequestBudget() {
        GitLabRequests.Fetch fetch = GitLabRequests.fetch(1_000);
        assertThat(fetch.complete()).isTrue();
        assertThat(fetch.budget()).isEqualTo(20);
        // the project, its GitLab version, 10 issue pages, one page each of iterations, milestones, labels,
        // epics, boards, wiki, and the GraphQL page naming the iterations' cadences
        assertThat(fetch.requests()).isEqualTo(1 + 1 + 10 + 6 + 1);
    }
}
