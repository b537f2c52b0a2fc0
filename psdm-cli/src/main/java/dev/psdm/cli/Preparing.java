package dev.psdm.cli;

import dev.psdm.cli.prepare.CeremonyPlan;
import dev.psdm.cli.prepare.IterationZeroPlan;
import dev.psdm.cli.prepare.Plan;
import dev.psdm.cli.prepare.PrepareException;
import dev.psdm.cli.prepare.Templates;
import dev.psdm.engine.PsdmEngine;
import dev.psdm.gitlab.GitLabConnection;
import dev.psdm.gitlab.GitLabFetchException;
import dev.psdm.gitlab.RetryPolicy;
import dev.psdm.gitlab.publish.PublishException;
import dev.psdm.gitlab.publish.RecordPreparer;
import dev.psdm.gitlab.publish.TokenScopes;
import dev.psdm.gitlab.publish.WriteRequest;
import dev.psdm.gitlab.publish.Writes;
import dev.psdm.model.Label;
import dev.psdm.model.Snapshot;
import dev.psdm.report.Report;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;

/**
 * Runs {@code psdm prepare} (issue 30 items 4 and 5): the token's scope first (before the project is read), then
 * the project read and checked as {@code psdm check} reads it (the plan needs its iterations, its size and the
 * records it holds), then the plan, then the writes: a dry run unless {@code --apply}, one line per request on
 * standard error.
 */
final class Preparing {
    private Preparing() {
    }

    static int run(PrepareCommand command, CheckInput input, PsdmCli root, PrintWriter err, Path templatesDir) {
        GitLabOptions gitlab = input.gitlab;
        String token = GitLabFetch.token(gitlab, root);
        String project = gitlab.project.matches("\\d+") ? gitlab.project
                : GitLabConnection.encodePathSegment(gitlab.project);
        EngineLoader loading = EngineLoader.start(input::engine);
        try (GitLabConnection connection = GitLabConnection.open(gitlab.gitlabUrl, () -> token,
                RetryPolicy.defaults().withMaxAttempts(gitlab.maxAttempts)
                        .withDeadline(Duration.ofSeconds(Math.max(1, gitlab.deadlineSeconds))),
                null, Duration.ofSeconds(Math.max(1, gitlab.connectTimeoutSeconds)),
                Duration.ofSeconds(Math.max(1, gitlab.readTimeoutSeconds)), gitlab.proxy)) {
            TokenScopes.requireWriteScope(connection, "psdm prepare");
            Snapshot snapshot = input.loadSnapshot();
            PsdmEngine engine = loading.join();
            Report report = input.evaluate(engine, snapshot);
            if (report.incomplete()) {
                throw new UserError("nothing was prepared: data failed to read, and a plan made from part of the"
                        + " project could add records it already has");
            }
            Templates templates = new Templates(templatesDir);
            Plan plan = command.iterationZero
                    ? IterationZeroPlan.of(snapshot, engine.conventions(), templates, command.sow, command.pmName,
                            command.workflowStates)
                    : CeremonyPlan.next(snapshot, engine.conventions(), report.size().sizeClass(),
                            report.asOf().atZone(ZoneOffset.UTC).toLocalDate(), templates);
            Writes writes = command.apply ? Writes.applying(connection) : Writes.dryRun(connection);
            RecordPreparer.Outcome outcome = new RecordPreparer(writes).prepare(project, plan.records(), plan.labels(),
                    snapshot.labels().stream().map(Label::name).toList());
            plan.notes().forEach(note -> err.println("psdm: " + note));
            outcome.alreadyThere().forEach((record, iid) -> err.println("psdm: " + record + " was prepared earlier: #"
                    + iid + " (left alone)"));
            report(err, command.apply, outcome, connection.requests());
            return ExitCode.OK;
        } catch (PrepareException | PublishException | GitLabFetchException e) {
            throw WriteFailures.of(e);
        }
    }

    private static void report(PrintWriter err, boolean applied, RecordPreparer.Outcome outcome, int requests) {
        int n = outcome.writes().size();
        if (!applied) {
            for (WriteRequest request : outcome.writes()) {
                err.println("psdm: dry run: " + request.describe());
            }
            err.println("psdm: dry run: " + n + (n == 1 ? " write" : " writes") + " not sent (" + requests
                    + " requests to prepare, besides the project's read); " + (n == 0 ? "nothing is missing"
                    : "give --apply to send " + (n == 1 ? "it" : "them")));
        } else {
            err.println("psdm: prepared " + outcome.created().size() + (outcome.created().size() == 1 ? " record" : " records")
                    + " and " + outcome.labelsCreated().size() + (outcome.labelsCreated().size() == 1 ? " label" : " labels")
                    + ": " + n + (n == 1 ? " write" : " writes") + ", " + requests
                    + " requests besides the project's read" + (n == 0 ? " (nothing was missing)" : ""));
        }
        err.flush();
    }
}
