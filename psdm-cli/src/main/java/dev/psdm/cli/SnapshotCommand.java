package dev.psdm.cli;

import dev.psdm.model.Snapshot;
import dev.psdm.model.json.SnapshotJson;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code psdm snapshot}: reads a live GitLab project into a snapshot file. */
@Command(name = "snapshot", mixinStandardHelpOptions = true,
        description = {"Reads a GitLab project (issues, iterations, milestones, labels, epics, boards, wiki) "
                + "into a snapshot file (psdm-snapshot/1).",
                "The token comes from GITLAB_TOKEN or --token-file (read_api scope)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:the snapshot was written",
                "2:it could not be (bad input, unreachable GitLab, token rejected, project not found)"})
final class SnapshotCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    PsdmCli parent;

    @ArgGroup(exclusive = false, multiplicity = "1", heading = "%nGitLab:%n")
    GitLabOptions gitlab;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true,
            description = "Write the snapshot JSON to FILE (atomically).")
    Path output;

    @Option(names = {"-q", "--quiet"},
            description = "Print nothing but errors on standard error (no progress while reading GitLab).")
    boolean quiet;

    @CommandLine.Mixin
    RefusedOptions refused;

    @CommandLine.Mixin
    RefusedOptions.OneProject oneProject;

    @Option(names = {"-v", "--verbose"}, description = "Print the request count and time, and stack traces of errors.")
    boolean verbose;

    @Override
    public Integer call() {
        OutputChecks.requireSeparate(List.of(output), new OutputChecks.Inputs().add("--token-file", gitlab.tokenFile));
        gitlab.quiet = quiet;
        Snapshot snapshot = GitLabFetch.fetch(gitlab, parent, spec.commandLine().getErr(), verbose);
        // as text, so that a token GitLab's data carries (pasted into an issue) is removed like everywhere else
        AtomicFiles.write(output, parent.secrets().redact(SnapshotJson.toJson(snapshot)));
        return ExitCode.OK;
    }
}
