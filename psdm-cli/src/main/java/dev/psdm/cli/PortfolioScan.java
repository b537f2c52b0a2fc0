package dev.psdm.cli;

import dev.psdm.gitlab.FetchResult;
import dev.psdm.gitlab.GitLabFetchException;
import dev.psdm.gitlab.GitLabSnapshotLoader;
import dev.psdm.report.Audience;
import dev.psdm.report.AudienceView;
import dev.psdm.gitlab.GroupProject;
import dev.psdm.gitlab.RequestPacer;
import dev.psdm.engine.EvaluationOptions;
import dev.psdm.engine.PsdmEngine;
import dev.psdm.report.PortfolioReport;
import dev.psdm.report.Report;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code psdm check --gitlab-url URL --group PATH}: every project of a PS group and its subgroups
 * (archived ones excluded), read and checked with bounded concurrency, in one {@link PortfolioReport}.
 *
 * <p>Bounded twice: at most {@code --parallel-projects} projects are read at the same time (each with
 * {@code --concurrency} resources in parallel), and one {@link RequestPacer} spaces all their requests
 * under {@code --max-requests-per-minute}; a 429 still waits its {@code Retry-After}. A project that
 * cannot be read or checked becomes an entry with its one-line reason; the others go on.
 */
final class PortfolioScan {
    private PortfolioScan() {
    }

    /** The scan's pacer, under {@code --max-requests-per-minute}; a group publish's writes share it. */
    static RequestPacer pacer(GroupScanOptions options) {
        if (options.maxRequestsPerMinute < 1) {
            throw new UserError("--max-requests-per-minute must be at least 1");
        }
        return RequestPacer.perMinute(options.maxRequestsPerMinute);
    }

    static PortfolioReport run(GroupScanOptions options, PsdmCli root, PrintWriter err, boolean verbose,
                               PsdmEngine engine, EvaluationOptions evaluation, Audience audience, RequestPacer pacer) {
        if (options.parallelProjects < 1) {
            throw new UserError("--parallel-projects must be at least 1");
        }
        Instant started = Instant.now();
        String token = GitLabFetch.token(options, root);
        List<GroupProject> projects;
        try {
            projects = GitLabFetch.settings(options, token).pacer(pacer).listGroupProjects(options.group);
        } catch (GitLabFetchException e) {
            throw new UserError(e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new UserError("--group: " + e.getMessage(), e);
        }
        if (projects.isEmpty()) {
            // "0 projects, 0 checked" and exit 0 read as a green scan of nothing (issue 26 item 6)
            throw new UserError("group " + options.group + " has no project to check (archived ones excluded): check the"
                    + " group path (a subgroup's full path, e.g. ps/customers), and that the token's user is a member of"
                    + " the group or of its projects (GitLab lists only the projects a token can read)");
        }
        if (verbose) {
            say(err, "psdm: group " + options.group + " has " + projects.size() + " projects (archived ones excluded)");
        }

        AtomicInteger threadNo = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(options.parallelProjects, projects.size())),
                r -> {
                    Thread t = new Thread(r, "psdm-portfolio-" + threadNo.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        try {
            List<Future<PortfolioReport.Entry>> futures = new ArrayList<>();
            for (GroupProject project : projects) {
                futures.add(pool.submit(() -> check(project, options, token, pacer, engine, evaluation, audience, err, verbose)));
            }
            List<PortfolioReport.Entry> entries = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                try {
                    entries.add(futures.get(i).get());
                } catch (ExecutionException e) {
                    GroupProject p = projects.get(i);
                    entries.add(PortfolioReport.Entry.notLoaded(p.pathWithNamespace(), p.webUrl(), reason(e.getCause())));
                }
            }
            return new PortfolioReport(options.gitlabUrl, options.group, started, entries);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserError("interrupted while checking group " + options.group, e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Reads and checks one project; any failure becomes the entry's reason, never the scan's. */
    private static PortfolioReport.Entry check(GroupProject project, GroupScanOptions options, String token, RequestPacer pacer,
                                               PsdmEngine engine, EvaluationOptions evaluation, Audience audience,
                                               PrintWriter err, boolean verbose) {
        try {
            FetchResult fetched = GitLabFetch.settings(options, token).pacer(pacer).projectId(project.id()).build().fetch();
            Report report = AudienceView.of(engine.evaluate(fetched.snapshot(), evaluation), audience, engine.rules(),
                    fetched.snapshot());
            if (!verbose && !options.quiet) {
                // one plain line per project, so a long scan shows in a CI log as it goes
                say(err, "psdm: checked " + project.pathWithNamespace() + ": " + report.summary().fail()
                        + " rules failed");
            }
            if (verbose) {
                say(err, "psdm: checked " + project.pathWithNamespace() + ": " + fetched.snapshot().issues().size()
                        + " issues, " + report.summary().fail() + " rules failed; " + fetched.stats().summary());
            }
            return PortfolioReport.Entry.checked(project.pathWithNamespace(), project.webUrl(), report);
        } catch (RuntimeException e) {
            if (!options.quiet || verbose) {
                // the reason, not only the name: a CI log that says "could not check" and no more sends
                // the reader to the JSON report to learn whether it was a 403 or GitLab failing
                say(err, "psdm: could not check " + project.pathWithNamespace() + ": " + reason(e));
            }
            return PortfolioReport.Entry.notLoaded(project.pathWithNamespace(), project.webUrl(), reason(e));
        }
    }

    /** One line; the adapter's messages are already free of the token. */
    private static String reason(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static void say(PrintWriter err, String line) {
        synchronized (err) {
            // project paths come from GitLab: no escape sequence or bidi override reaches the terminal
            err.println(dev.psdm.report.format.InertText.terminal(line));
            err.flush();
        }
    }
}
