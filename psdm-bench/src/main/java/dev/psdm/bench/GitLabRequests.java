package dev.psdm.bench;

import dev.psdm.gitlab.FetchResult;
import dev.psdm.gitlab.GitLabSnapshotLoader;
import dev.psdm.gitlab.fake.FakeGitLab;
import dev.psdm.gitlab.fake.GitLabFixtures;
import dev.psdm.model.Snapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Target: a GitLab fetch of N issues makes at most ceil(N/100) + 10 requests, {@code GET /version}
 * and the GraphQL requests (iteration cadences; epics as work items on 18.1+) included. Generated projects
 * are served by the adapter's fake GitLab (WireMock on 127.0.0.1, GitLab-shaped JSON and paging
 * headers, without X-Total past 10,000 items as GitLab does) and read with
 * {@link GitLabSnapshotLoader}; the fake counts the requests it received, retries included.
 */
final class GitLabRequests {
    static final int[] SIZES = {1_000, 10_000, 100_000};

    private GitLabRequests() {
    }

    /** Requests one fetch of a generated project of {@code issues} issues took. */
    record Fetch(int issues, int requests, int budget, boolean complete) {
        boolean withinBudget() {
            return complete && requests <= budget;
        }
    }

    static int budget(int issues) {
        return (issues + 99) / 100 + 10;
    }

    static Fetch fetch(int issues) {
        Snapshot snapshot = SnapshotGenerator.generate(SnapshotSpec.of(issues, 7));
        try (FakeGitLab gitlab = FakeGitLab.start()) {
            if (issues > 10_000) {
                gitlab.omitTotals();
            }
            gitlab.serve(GitLabFixtures.fromSnapshot(snapshot));
            FetchResult result = GitLabSnapshotLoader.builder()
                    .baseUrl(gitlab.baseUrl())
                    .project(snapshot.project().pathWithNamespace())
                    .token(() -> "glpat-psdm-bench-not-a-secret")
                    .build()
                    .fetch();
            return new Fetch(issues, gitlab.requestCount(), budget(issues),
                    result.snapshot().issues().size() == issues);
        }
    }

    static SuiteCommand.Line target() {
        List<Fetch> fetches = new ArrayList<>();
        for (int n : SIZES) {
            fetches.add(fetch(n));
        }
        StringBuilder measured = new StringBuilder();
        StringBuilder limit = new StringBuilder();
        for (Fetch f : fetches) {
            String sep = measured.length() == 0 ? "" : ", ";
            measured.append(sep).append(String.format(Locale.ROOT, "%dk: %d%s", f.issues() / 1000, f.requests(),
                    f.complete() ? "" : " (incomplete!)"));
            limit.append(limit.length() == 0 ? "<= " : "/").append(f.budget());
        }
        boolean pass = fetches.stream().allMatch(Fetch::withinBudget);
        return new SuiteCommand.Line("GitLab fetch of N issues: requests <= ceil(N/100)+10", measured.toString(),
                limit.toString(), pass ? "PASS" : "FAIL");
    }
}
