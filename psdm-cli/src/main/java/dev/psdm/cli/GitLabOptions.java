package dev.psdm.cli;

import picocli.CommandLine.Option;

import java.net.URI;
import java.nio.file.Path;

/**
 * Where and how to read a live GitLab project ({@code psdm snapshot}, {@code psdm check --gitlab-url}).
 * The token never goes on the command line: {@code GITLAB_TOKEN} or {@code --token-file}.
 */
class GitLabOptions {

    @Option(names = "--gitlab-url", paramLabel = "URL", required = true,
            description = "GitLab base URL, e.g. https://gitlab.com or https://gitlab.example.com.")
    String gitlabUrl;

    @Option(names = "--project", paramLabel = "PATH_OR_ID",
            description = "The collaboration project: its full path (group/subgroup/project) or numeric id.")
    String project;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "Read the GitLab token (read_api scope) from FILE instead of the GITLAB_TOKEN environment variable.")
    Path tokenFile;

    @Option(names = "--proxy", paramLabel = "URL",
            description = "HTTP proxy for GitLab requests, e.g. http://proxy.example:3128.")
    URI proxy;

    @Option(names = "--connect-timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "Connect timeout per request (default: ${DEFAULT-VALUE} s).")
    int connectTimeoutSeconds = 10;

    @Option(names = "--read-timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Read timeout per request (default: ${DEFAULT-VALUE} s).")
    int readTimeoutSeconds = 30;

    @Option(names = "--max-attempts", paramLabel = "N", defaultValue = "5",
            description = "Attempts per request on 429, 5xx and timeouts (default: ${DEFAULT-VALUE}; 1 = no retries).")
    int maxAttempts = 5;

    @Option(names = "--fetch-deadline", paramLabel = "SECONDS", defaultValue = "600",
            description = "Give up the whole fetch after this long, retries included (default: ${DEFAULT-VALUE} s).")
    int deadlineSeconds = 600;

    @Option(names = "--concurrency", paramLabel = "N", defaultValue = "4",
            description = "Resources read in parallel (default: ${DEFAULT-VALUE}).")
    int concurrency = 4;

    @Option(names = "--iteration-cadence", paramLabel = "ID_OR_TITLE",
            description = "The iteration cadence that is the project's plan, by id or title (default: the cadence most"
                    + " of the project's issues are planned in).")
    String iterationCadence;

    /** Set by the command from its {@code -q/--quiet} ({@link CheckInput}, {@link SnapshotCommand}), which is not a GitLab option. */
    boolean quiet;

    @Option(names = "--no-wiki-content", negatable = false,
            description = "Read wiki page titles and slugs only, not their text.")
    boolean noWikiContent;
}
