package dev.psdm.cli;

import dev.psdm.gitlab.FetchResult;
import dev.psdm.gitlab.GitLabFetchException;
import dev.psdm.gitlab.GitLabSnapshotLoader;
import dev.psdm.gitlab.RetryPolicy;
import dev.psdm.model.Snapshot;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.time.Duration;
import java.util.Map;

/**
 * Runs a GitLab fetch for the CLI: token from {@code --token-file} or {@code GITLAB_TOKEN},
 * progress on stderr ({@link ProgressLines}), failures as one-line {@link UserError}s.
 */
final class GitLabFetch {
    static final String TOKEN_VARIABLE = "GITLAB_TOKEN";

    private GitLabFetch() {
    }

    static Snapshot fetch(GitLabOptions options, PsdmCli root, PrintWriter err, boolean verbose) {
        if (options.project == null) {
            throw new UserError("give the project to read: --project PATH_OR_ID");
        }
        String token = token(options, root);
        GitLabSnapshotLoader loader;
        try {
            GitLabSnapshotLoader.Builder builder = settings(options, token).project(options.project);
            builder.progress(ProgressLines.to(err, ProgressLines.stderrIsTerminal(), options.quiet));
            loader = builder.build();
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage(), e);
        }
        try {
            FetchResult result = loader.fetch();
            if (verbose) {
                err.println("psdm: read " + result.snapshot().project().pathWithNamespace() + " from " + options.gitlabUrl
                        + ": " + result.snapshot().issues().size() + " issues, " + result.snapshot().gaps().size()
                        + " data gaps; " + result.stats().summary());
                err.flush();
            }
            return result.snapshot();
        } catch (GitLabFetchException e) {
            throw new UserError(e.getMessage(), e);
        }
    }

    /** Everything but the project: URL, token, timeouts, retries, wiki content, proxy. */
    static GitLabSnapshotLoader.Builder settings(GitLabOptions options, String token) {
        try {
            return GitLabSnapshotLoader.builder()
                    .baseUrl(options.gitlabUrl)
                    .token(() -> token)
                    .connectTimeout(seconds(options.connectTimeoutSeconds, "--connect-timeout"))
                    .readTimeout(seconds(options.readTimeoutSeconds, "--read-timeout"))
                    .concurrency(options.concurrency)
                    .retryPolicy(RetryPolicy.defaults().withMaxAttempts(options.maxAttempts)
                            .withDeadline(seconds(options.deadlineSeconds, "--fetch-deadline")))
                    .wikiContent(!options.noWikiContent)
                    .iterationCadence(options.iterationCadence)
                    .proxy(options.proxy);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage(), e);
        }
    }

    /** The token, checked before any request and registered with the run's {@link Secrets}. */
    static String token(GitLabOptions options, PsdmCli root) {
        String token = Token.normalise(rawToken(options, root.env()),
                options.tokenFile != null ? "--token-file " + options.tokenFile : TOKEN_VARIABLE);
        root.secrets().register(token);
        return token;
    }

    private static String rawToken(GitLabOptions options, Map<String, String> env) {
        if (options.tokenFile != null) {
            InputFiles.requireBounded(options.tokenFile, "--token-file", InputFiles.MAX_TEXT_BYTES, true);
            if (InputFiles.isPipe(options.tokenFile)) {
                // --token-file <(pass show gitlab): the token never touches the disk
                return InputFiles.readPipe(options.tokenFile, "--token-file", InputFiles.MAX_TEXT_BYTES);
            }
            try {
                return Files.readString(options.tokenFile, StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                throw new UserError("--token-file " + options.tokenFile + ": no such file");
            } catch (java.nio.charset.CharacterCodingException e) {
                // names neither the file's content nor where it is
                throw new UserError("cannot read --token-file " + options.tokenFile + ": not UTF-8 text");
            } catch (IOException e) {
                // the exception names the file, not its content
                throw IoErrors.cannotRead("--token-file", options.tokenFile, e);
            }
        }
        String token = env.get(TOKEN_VARIABLE);
        if (token == null || token.isBlank()) {
            throw new UserError("no GitLab token: set " + TOKEN_VARIABLE + " or pass --token-file FILE "
                    + "(a token with the read_api scope)");
        }
        return token;
    }

    private static Duration seconds(int value, String option) {
        if (value < 1) {
            throw new UserError(option + " must be at least 1 second");
        }
        return Duration.ofSeconds(value);
    }
}
