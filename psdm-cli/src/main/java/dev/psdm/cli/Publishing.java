package dev.psdm.cli;

import dev.psdm.gitlab.GitLabConnection;
import dev.psdm.gitlab.GitLabFetchException;
import dev.psdm.gitlab.RetryPolicy;
import dev.psdm.gitlab.publish.ComplianceIssuePublisher;
import dev.psdm.gitlab.publish.ExternalControl;
import dev.psdm.gitlab.publish.Posture;
import dev.psdm.gitlab.publish.PostureLabels;
import dev.psdm.gitlab.publish.PublishContent;
import dev.psdm.gitlab.publish.PublishException;
import dev.psdm.gitlab.publish.PublishResult;
import dev.psdm.gitlab.publish.Reminder;
import dev.psdm.gitlab.publish.Reminders;
import dev.psdm.gitlab.publish.TokenScopes;
import dev.psdm.gitlab.publish.WriteRequest;
import dev.psdm.gitlab.publish.Writes;
import dev.psdm.report.Finding;
import dev.psdm.report.Report;
import dev.psdm.report.RuleResult;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The publish step after a check (issue 30): the token's scope first, then the compliance issue, then the
 * external control; a dry run unless {@code --apply}, printing one line per request it would send. Runs
 * after the local report files are written, so a failed publish never costs them. Lines go to standard error,
 * standard output being the report's.
 */
final class Publishing {
    private Publishing() {
    }

    static void run(PublishOptions options, PublishConfig config, GitLabOptions gitlab, PsdmCli root, PrintWriter err,
                    Report report, String markdown, boolean gatePasses, List<Reminder> reminders) {
        if (gitlab == null || gitlab.project == null) {
            throw new UserError("publishing writes to a GitLab project: give --gitlab-url URL --project PATH_OR_ID"
                    + " (a snapshot file names no project to write to)");
        }
        if (report.incomplete()) {
            throw new UserError("nothing was published: data failed to read, and an incomplete check must not stand"
                    + " as the project's posture (the local reports were written)");
        }
        if (options.summaryProject != null) {
            throw new UserError("--summary-project is the portfolio summary of a --group publish; with --project the"
                    + " project's own compliance issue is the summary");
        }
        PostureLabels labels = config.labels();
        ExternalControl control = options.externalControl == null ? null
                : newControl(options.externalControl, controlSecret(options, root));
        String token = GitLabFetch.token(gitlab, root);
        String project = gitlab.project.matches("\\d+") ? gitlab.project
                : GitLabConnection.encodePathSegment(gitlab.project);
        try (GitLabConnection connection = connect(gitlab, token, null)) {
            TokenScopes.requireWriteScope(connection);
            Writes writes = options.apply ? Writes.applying(connection) : Writes.dryRun(connection);
            PublishResult result = new ComplianceIssuePublisher(writes, labels).publish(project,
                    content(config, report, markdown, gatePasses));
            Reminders.Outcome reminded = reminders.isEmpty() ? null : new Reminders(writes,
                    Duration.ofDays(config.remindEveryDays()), config.maxNotes(), report.asOf()).remind(project, reminders);
            if (control != null) {
                control.send(writes, project, gatePasses);
            }
            report(err, options.apply, result, writes.planned(), connection.requests());
            if (reminded != null) {
                err.println("psdm: reminders: " + reminded.posted() + (options.apply ? " posted" : " would be posted")
                        + ", " + reminded.recent() + " reminded within " + config.remindEveryDays() + " days, "
                        + reminded.capped() + " left for a later run by " + config.maxNotesFrom());
                err.flush();
            }
        } catch (PublishException | GitLabFetchException e) {
            throw WriteFailures.of(e);
        }
    }

    /**
     * The writing connection: the reads' retries, deadline, timeouts and proxy, and {@code pacer} (the scan's, for
     * a group; none for one project, whose reads are not paced either).
     */
    static GitLabConnection connect(GitLabOptions gitlab, String token, dev.psdm.gitlab.RequestPacer pacer) {
        return GitLabConnection.open(gitlab.gitlabUrl, () -> token,
                RetryPolicy.defaults().withMaxAttempts(gitlab.maxAttempts)
                        .withDeadline(Duration.ofSeconds(Math.max(1, gitlab.deadlineSeconds))),
                pacer, Duration.ofSeconds(Math.max(1, gitlab.connectTimeoutSeconds)),
                Duration.ofSeconds(Math.max(1, gitlab.readTimeoutSeconds)), gitlab.proxy);
    }

    private static void report(PrintWriter err, boolean applied, PublishResult result, List<WriteRequest> planned,
                               int requests) {
        if (!applied) {
            for (WriteRequest request : planned) {
                err.println("psdm: dry run: " + request.describe());
            }
            err.println("psdm: dry run: " + planned.size() + (planned.size() == 1 ? " write" : " writes")
                    + " not sent (" + requests + " read requests); give --apply to send "
                    + (planned.size() == 1 ? "it" : "them"));
        } else {
            err.println("psdm: compliance issue " + result.action() + (result.iid() == null ? "" : " #" + result.iid())
                    + (result.webUrl() == null ? "" : " " + result.webUrl()) + ": " + planned.size()
                    + (planned.size() == 1 ? " write" : " writes") + ", " + requests + " requests in all");
        }
        err.flush();
    }

    static PublishContent content(PublishConfig config, Report report, String markdown, boolean gatePasses) {
        SortedSet<String> failing = failingRules(report);
        Posture posture = !gatePasses ? Posture.FAILING : failing.isEmpty() ? Posture.COMPLIANT : Posture.AT_RISK;
        return new PublishContent(config.issueTitle(), markdown, posture, fingerprint(report, posture), failing,
                config.assignee(), config.confidential());
    }

    /** Rules that fail with a finding that counts (neither waived nor baselined). */
    static SortedSet<String> failingRules(Report report) {
        SortedSet<String> failing = new TreeSet<>();
        for (RuleResult r : report.results()) {
            if (r.failed() && (r.findings().isEmpty() || r.findings().stream().anyMatch(Finding::counts))) {
                failing.add(r.ruleId());
            }
        }
        return failing;
    }

    /**
     * The outcome, without the as-of: every result's status and severity and its findings' identities, messages
     * and waivers. Two checks of an unchanged project agree on it, so the second writes nothing.
     */
    static String fingerprint(Report report, Posture posture) {
        List<String> lines = new ArrayList<>();
        lines.add("posture " + posture);
        for (RuleResult r : report.results()) {
            lines.add(r.ruleId() + " " + r.status() + " " + r.severity());
            for (Finding f : r.findings()) {
                lines.add(r.ruleId() + " " + f.fingerprint(r.ruleId()) + " " + f.severity() + " " + f.counts() + " "
                        + f.message());
            }
        }
        lines.sort(null);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(String.join("\n", lines).getBytes(StandardCharsets.UTF_8)))
                    .substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ExternalControl newControl(long id, String secret) {
        try {
            return new ExternalControl(id, secret);
        } catch (IllegalArgumentException e) {
            throw new UserError("--external-control: " + e.getMessage(), e);
        }
    }

    /** From the file or the environment, never the command line; registered so no output can carry it. */
    private static String controlSecret(PublishOptions options, PsdmCli root) {
        String secret;
        if (options.controlSecretFile != null) {
            InputFiles.requireBounded(options.controlSecretFile, "--control-secret-file", InputFiles.MAX_TEXT_BYTES);
            try {
                secret = Files.readString(options.controlSecretFile, StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                throw IoErrors.cannotRead("--control-secret-file", options.controlSecretFile, e);
            }
        } else {
            secret = root.env().getOrDefault(PublishOptions.CONTROL_SECRET_VARIABLE, "").strip();
        }
        if (secret.isEmpty()) {
            throw new UserError("--external-control needs the control's secret: set " + PublishOptions.CONTROL_SECRET_VARIABLE
                    + " or give --control-secret-file FILE");
        }
        root.secrets().register(secret);
        return secret;
    }
}
