package dev.psdm.bench;

import java.nio.file.Path;

/**
 * Target: a GitLab fetch of N issues makes at most ceil(N/100) + 20 requests. Needs the GitLab
 * adapter (issue 4), which is not on this branch yet.
 */
final class GitLabRequests {
    private GitLabRequests() {
    }

    static SuiteCommand.Line target(Path workDir) {
        return new SuiteCommand.Line("GitLab fetch of N issues: requests <= ceil(N/100)+20",
                "psdm-gitlab-adapter is not on this branch yet", "", "NOT RUN");
    }
}
