package dev.psdm.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code psdm prepare}: creates the ceremony records the rules look for before the ceremonies are due (issue 30
 * item 4, docs/prepare.md): the next iteration's ({@code --iteration next}) or a new project's Iteration 0 with the
 * CP labels ({@code --iteration-0}). A dry run that prints each request unless {@code --apply}; idempotent.
 */
@Command(name = "prepare", mixinStandardHelpOptions = true,
        description = "Creates the next iteration's ceremony records (--iteration next) or a new project's Iteration 0"
                + " records and labels (--iteration-0) in GitLab, from templates the team can override: a dry run that"
                + " prints each request unless --apply is given. What exists is left alone. Needs a token with the api scope.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:prepared (or, without --apply, the requests printed), or nothing was missing",
                "2:nothing could be prepared (bad input, a token without the api scope, data that failed to read,"
                        + " GitLab refusing a write)"})
final class PrepareCommand implements Callable<Integer> {
    /** Where a team keeps its own templates when --templates is not given (docs/prepare.md). */
    static final Path DEFAULT_TEMPLATES = Path.of(".psdm", "templates");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    CheckInput input;

    @Option(names = "--iteration", paramLabel = "next",
            description = "Prepare the ceremony records of the next delivery iteration (the first to start after the"
                    + " as-of date): planning, backlog refinement, review and retrospective on a large project, the"
                    + " weekly status of each of its weeks on a small one.")
    String iteration;

    @Option(names = "--iteration-0",
            description = "Prepare a new project's Iteration 0: EM>PS transition, stakeholder planning, customer kickoff,"
                    + " discovery, the initial risks in the RAID log, and the CP labels.")
    boolean iterationZero;

    @Option(names = "--apply", description = "Send the writes; without it they are only printed.")
    boolean apply;

    @Option(names = "--templates", paramLabel = "DIR",
            description = "The team's templates (planning.md, review.md, ...: first line '# Title', then the"
                    + " description). Default: .psdm/templates when it exists; a file missing there uses the bundled one.")
    Path templates;

    @Option(names = "--sow", paramLabel = "LABEL",
            description = "With --iteration-0: the SOW or PO label to create (SOW-1234, PO#98765) when the project has none.")
    String sow;

    @Option(names = "--pm-name", paramLabel = "NAME",
            description = "With --iteration-0: the project manager, for the label PM::NAME when the project has none.")
    String pmName;

    @Option(names = "--workflow-states", paramLabel = "STATE", split = ",",
            defaultValue = "Backlog,To Do,In Progress,Blocked,Done",
            description = "With --iteration-0: the board's states, each a label <labels.workflowPrefix>STATE, created"
                    + " when the project has no workflow label at all (default: ${DEFAULT-VALUE}).")
    List<String> workflowStates = new ArrayList<>();

    @Override
    public Integer call() {
        if ((iteration == null) == !iterationZero) {
            throw new UserError(iteration == null ? "say what to prepare: --iteration next or --iteration-0"
                    : "give either --iteration next or --iteration-0, not both");
        }
        if (iteration != null && !iteration.equals("next")) {
            throw new UserError("--iteration takes 'next' (the first delivery iteration that starts after the as-of date),"
                    + " not '" + iteration + "'");
        }
        if (!iterationZero && (sow != null || pmName != null)) {
            throw new UserError("--sow and --pm-name name the labels --iteration-0 sets up");
        }
        input.requireOneSource();
        if (input.snapshot != null || input.isGroupScan()) {
            throw new UserError("psdm prepare writes to one GitLab project: give --gitlab-url URL --project PATH_OR_ID");
        }
        Path dir = templates != null ? templates : Files.isDirectory(DEFAULT_TEMPLATES) ? DEFAULT_TEMPLATES : null;
        if (templates != null && !Files.isDirectory(templates)) {
            throw new UserError("--templates " + templates + ": no such directory");
        }
        return Preparing.run(this, input, (PsdmCli) spec.root().userObject(), spec.commandLine().getErr(), dir);
    }
}
