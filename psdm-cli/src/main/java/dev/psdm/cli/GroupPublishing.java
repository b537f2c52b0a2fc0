package dev.psdm.cli;

import dev.psdm.gitlab.GitLabAccessException;
import dev.psdm.gitlab.GitLabConnection;
import dev.psdm.gitlab.GitLabFetchException;
import dev.psdm.gitlab.RequestPacer;
import dev.psdm.gitlab.publish.ComplianceIssuePublisher;
import dev.psdm.gitlab.publish.ComplianceMarker;
import dev.psdm.gitlab.publish.Posture;
import dev.psdm.gitlab.publish.PostureLabels;
import dev.psdm.gitlab.publish.PublishContent;
import dev.psdm.gitlab.publish.PublishException;
import dev.psdm.gitlab.publish.PublishResult;
import dev.psdm.gitlab.publish.TokenScopes;
import dev.psdm.gitlab.publish.WriteRequest;
import dev.psdm.gitlab.publish.Writes;
import dev.psdm.report.PortfolioReport;
import dev.psdm.report.Report;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * {@code psdm publish --group G} (issue 30 item 1): after the portfolio scan, each project's compliance issue kept
 * true to its own report, and with {@code --summary-project P} one portfolio summary issue in P (the portfolio
 * Markdown, marked apart from a project's issue so neither is taken for the other). One connection writes for
 * all: one scope check, and the scan's {@link RequestPacer}, so reads and writes of the whole run stay under
 * {@code --max-requests-per-minute} and a 429 on a write holds the rest. A project that was not read completely
 * publishes nothing (a partial read must not stand as its posture), nor does the summary then; a project whose
 * publish fails is one line, and the others go on. Lines go to standard error.
 */
final class GroupPublishing {
    private final PublishOptions options;
    private final PublishConfig config;
    private final GroupScanOptions gitlab;
    private final PsdmCli root;
    private final PrintWriter err;
    private final FailOn failOn;
    private final RequestPacer pacer;
    private final Function<Report, String> markdown;
    private final String portfolioMarkdown;

    GroupPublishing(PublishOptions options, PublishConfig config, GroupScanOptions gitlab, PsdmCli root, PrintWriter err,
                    FailOn failOn, RequestPacer pacer, Function<Report, String> markdown, String portfolioMarkdown) {
        this.options = options;
        this.config = config;
        this.gitlab = gitlab;
        this.root = root;
        this.err = err;
        this.failOn = failOn;
        this.pacer = pacer;
        this.markdown = markdown;
        this.portfolioMarkdown = portfolioMarkdown;
    }

    /** Before the scan: what a group publish cannot do, one line each. */
    static void requireSupported(PublishOptions options) {
        if (options.externalControl != null) {
            throw new UserError("--external-control is one project's control: publish it with --project, not --group");
        }
        if (!options.remind.isEmpty()) {
            throw new UserError("--remind posts on one project's issues: give --project, not --group");
        }
        if (options.postureLabels != null) {
            PublishConfig.labels(options.postureLabels);
        }
    }

    /** False when a project's publish or the summary failed or was left out (exit 2). */
    boolean publish(PortfolioReport portfolio) {
        PostureLabels labels = config.labels();
        if (!config.remind().isEmpty()) {
            // the team's .psdm.yml opts in to reminders for its project; a portfolio publish is not one project's
            say("psdm: note: reminders (.psdm.yml's publish.remind) are one project's: a --group publish posts none;"
                    + " publish each project with --project to send them");
        }
        String token = GitLabFetch.token(gitlab, root);
        int failed = 0;
        int published = 0;
        try (GitLabConnection connection = Publishing.connect(gitlab, token, pacer)) {
            TokenScopes.requireWriteScope(connection);
            Writes writes = options.apply ? Writes.applying(connection) : Writes.dryRun(connection);
            ComplianceIssuePublisher projects = new ComplianceIssuePublisher(writes, labels);
            for (PortfolioReport.Entry entry : portfolio.projects()) {
                Report report = entry.report();
                if (report == null || report.incomplete()) {
                    say("psdm: " + entry.path() + ": nothing published: " + (report == null
                            ? "it could not be checked" : "data failed to read"));
                    failed++;
                    continue;
                }
                try {
                    PublishContent content = Publishing.content(config, report, markdown.apply(report),
                            failOn.exitCode(report) == ExitCode.OK);
                    PublishResult result = projects.publish(GitLabConnection.encodePathSegment(entry.path()), content);
                    published++;
                    if (options.apply) {
                        say("psdm: " + entry.path() + ": compliance issue " + result.action()
                                + (result.iid() == null ? "" : " #" + result.iid()) + ", " + count(result.writes().size()));
                    }
                } catch (PublishException | GitLabFetchException e) {
                    if (e instanceof GitLabAccessException access && access.status() == 401) {
                        throw WriteFailures.of(access); // the token itself: every other project would fail too
                    }
                    say("psdm: " + entry.path() + ": could not publish: " + e.getMessage());
                    failed++;
                }
            }
            summary(portfolio, writes, labels);
            report(writes.planned(), connection.requests(), published);
        } catch (PublishException | GitLabFetchException e) {
            throw WriteFailures.of(e);
        }
        return failed == 0;
    }

    /** The portfolio summary issue, when asked for and every project was checked (else the run already failed). */
    private void summary(PortfolioReport portfolio, Writes writes, PostureLabels labels) {
        if (options.summaryProject == null) {
            return;
        }
        long unchecked = portfolio.projects().stream().filter(e -> e.report() == null || e.report().incomplete()).count();
        if (unchecked > 0) {
            say("psdm: no portfolio summary published: " + unchecked + " of " + portfolio.projects().size()
                    + " projects were not checked completely");
            return;
        }
        String project = options.summaryProject.matches("\\d+") ? options.summaryProject
                : GitLabConnection.encodePathSegment(options.summaryProject);
        PublishResult result = new ComplianceIssuePublisher(writes, labels, ComplianceMarker.PORTFOLIO_KEY)
                .publish(project, summaryContent(portfolio));
        if (options.apply) {
            say("psdm: " + options.summaryProject + ": portfolio summary issue " + result.action()
                    + (result.iid() == null ? "" : " #" + result.iid()) + ", " + count(result.writes().size()));
        }
    }

    /**
     * The summary's outcome: failing when any project fails its gate, at risk when rules fail below it anywhere;
     * the failing rules are those failing in any project, and the fingerprint digests each project's own, so the
     * summary changes exactly when a project's outcome does.
     */
    private PublishContent summaryContent(PortfolioReport portfolio) {
        SortedSet<String> failing = new TreeSet<>();
        List<String> lines = new ArrayList<>();
        boolean gateFails = false;
        for (PortfolioReport.Entry entry : portfolio.projects()) {
            Report report = entry.report();
            boolean passes = failOn.exitCode(report) == ExitCode.OK;
            SortedSet<String> rules = Publishing.failingRules(report);
            gateFails |= !passes;
            failing.addAll(rules);
            Posture posture = !passes ? Posture.FAILING : rules.isEmpty() ? Posture.COMPLIANT : Posture.AT_RISK;
            lines.add(entry.path() + " " + Publishing.fingerprint(report, posture));
        }
        lines.sort(null);
        Posture posture = gateFails ? Posture.FAILING : failing.isEmpty() ? Posture.COMPLIANT : Posture.AT_RISK;
        return new PublishContent(options.summaryTitle, portfolioMarkdown, posture,
                sha256(posture + "\n" + String.join("\n", lines)), failing, null, false);
    }

    private void report(List<WriteRequest> planned, int requests, int published) {
        if (!options.apply) {
            for (WriteRequest request : planned) {
                say("psdm: dry run: " + request.describe());
            }
            say("psdm: dry run: " + count(planned.size()) + " not sent for " + published + " projects (" + requests
                    + " requests of the publish); give --apply to send " + (planned.size() == 1 ? "it" : "them"));
        } else {
            say("psdm: published " + published + " projects: " + count(planned.size()) + ", " + requests
                    + " requests of the publish");
        }
    }

    private static String count(int writes) {
        return writes + (writes == 1 ? " write" : " writes");
    }

    private void say(String line) {
        // project paths and GitLab's messages: no escape sequence reaches the terminal
        err.println(dev.psdm.report.format.InertText.terminal(line));
        err.flush();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8))).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
