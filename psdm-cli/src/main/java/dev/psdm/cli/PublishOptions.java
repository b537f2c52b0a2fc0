package dev.psdm.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/**
 * Options of {@code psdm publish} and {@code psdm check --publish} (issue 30, docs/publish.md). Nothing is
 * written without {@code --apply}; the control's secret never goes on the command line.
 */
final class PublishOptions {
    static final String CONTROL_SECRET_VARIABLE = "PSDM_CONTROL_SECRET";

    @Option(names = "--publish",
            description = "After the check, keep the project's \"PSDM compliance\" issue true to the report (a dry run"
                    + " unless --apply is given). Needs --gitlab-url and --project and a token with the api scope.")
    boolean publish;

    @Option(names = "--apply",
            description = "Send the writes of --publish / psdm publish to GitLab; without it they are only printed.")
    boolean apply;

    // The options below have no default of their own: one not given takes .psdm.yml's publish key, else that key's
    // default (PublishConfig), so a team writes its choices once and a run can still override one of them.

    @Option(names = "--issue-title", paramLabel = "TITLE",
            description = "Title of a new compliance issue; an existing one keeps its title. Default: .psdm.yml's"
                    + " publish.issueTitle, else \"PSDM compliance\".")
    String issueTitle;

    @Option(names = "--assignee", paramLabel = "USERNAME",
            description = "Assign a new compliance issue to this GitLab user (without @); '' for nobody. Default:"
                    + " .psdm.yml's publish.assignee.")
    String assignee;

    @Option(names = "--confidential", negatable = true,
            description = "Make a new compliance issue confidential, or not (--no-confidential). Default: .psdm.yml's"
                    + " publish.confidential, else not.")
    Boolean confidential;

    @Option(names = "--posture-labels", paramLabel = "COMPLIANT,AT_RISK,FAILING",
            description = "The scoped labels that show the posture. Default: .psdm.yml's publish.postureLabels, else"
                    + " PSDM::compliant,PSDM::at risk,PSDM::failing.")
    String postureLabels;

    @Option(names = "--external-control", paramLabel = "ID",
            description = "Also set this external control of GitLab's compliance center to pass (nothing fails at or"
                    + " above --fail-on) or fail, signed with the control's secret (" + CONTROL_SECRET_VARIABLE
                    + " or --control-secret-file).")
    Long externalControl;

    @Option(names = "--remind", paramLabel = "RULE_ID", split = ",",
            description = "Post a reminder note on each issue this rule finds (its assignee, else --pm, mentioned, with"
                    + " what to do and the quick action to paste); repeatable. Reminders are opt-in per rule; the rules"
                    + " given here replace .psdm.yml's publish.remind.")
    java.util.List<String> remind = new java.util.ArrayList<>();

    @Option(names = "--remind-every", paramLabel = "DAYS",
            description = "Do not remind an issue of the same rule again within DAYS days. Default: .psdm.yml's"
                    + " publish.remindEveryDays, else 7.")
    Integer remindEveryDays;

    @Option(names = "--max-notes", paramLabel = "N",
            description = "At most N reminder notes a run; the rest wait for the next run. Default: .psdm.yml's"
                    + " publish.maxNotes, else 20.")
    Integer maxNotes;

    @Option(names = "--pm", paramLabel = "USERNAME",
            description = "Whom a reminder mentions when the offending issue has no assignee (without @). Default:"
                    + " .psdm.yml's publish.pm.")
    String pm;

    @Option(names = "--summary-project", paramLabel = "PATH_OR_ID",
            description = "With --group: also keep one portfolio summary issue (every project's verdict) in this project.")
    String summaryProject;

    @Option(names = "--summary-title", paramLabel = "TITLE", defaultValue = "PSDM portfolio compliance",
            description = "Title of a new portfolio summary issue (default: ${DEFAULT-VALUE}).")
    String summaryTitle;

    @Option(names = "--control-secret-file", paramLabel = "FILE",
            description = "Read the external control's HMAC secret from FILE instead of " + CONTROL_SECRET_VARIABLE + ".")
    Path controlSecretFile;
}
