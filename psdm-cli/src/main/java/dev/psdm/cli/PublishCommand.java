package dev.psdm.cli;

import picocli.CommandLine.Command;

/**
 * {@code psdm publish}: {@code psdm check --publish} under its own name (issue 30, docs/publish.md). The check
 * runs and writes its reports as usual; then the project's "PSDM compliance" issue is kept true to the report
 * (and, with {@code --external-control}, the compliance center's control), a dry run unless {@code --apply}.
 */
@Command(name = "publish", mixinStandardHelpOptions = true,
        description = "Checks a project read from GitLab and keeps its \"PSDM compliance\" issue true to the report:"
                + " a dry run that prints each request unless --apply is given. Needs a token with the api scope.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:no failing requirement at or above --fail-on (and, with --apply, published)",
                "1:a failing requirement at or above --fail-on (published all the same)",
                "2:the check or the publish could not run (bad input, a token without the api scope, GitLab refusing"
                        + " a write); the local reports are still written"})
final class PublishCommand extends CheckCommand {
    @Override
    boolean publishes() {
        return true;
    }
}
