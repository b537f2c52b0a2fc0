package dev.psdm.cli;

import picocli.CommandLine.Option;

/**
 * The GitLab options of {@code psdm check}: those of one project plus the portfolio scan's
 * ({@code --group}). {@code psdm snapshot} reads one project, so its help no longer lists them.
 */
final class GroupScanOptions extends GitLabOptions {

    @Option(names = "--group", paramLabel = "PATH_OR_ID",
            description = "psdm check only: check every project of this group and its subgroups (archived ones excluded)"
                    + " and write one combined report.")
    String group;

    @Option(names = "--parallel-projects", paramLabel = "N", defaultValue = "4",
            description = "With --group: projects read and checked at the same time (default: ${DEFAULT-VALUE}).")
    int parallelProjects = 4;

    @Option(names = "--max-requests-per-minute", paramLabel = "N", defaultValue = "600",
            description = "With --group: requests to GitLab spaced to stay under this rate, all projects together"
                    + " (default: ${DEFAULT-VALUE}, within GitLab.com's limits for an authenticated user).")
    int maxRequestsPerMinute = 600;
}
