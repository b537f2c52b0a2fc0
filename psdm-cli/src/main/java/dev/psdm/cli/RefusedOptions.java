package dev.psdm.cli;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * Options users bring from other tools that psdm refuses on purpose, with the way it does it.
 * {@code --token X} (gitlab-triage's habit) puts the token where {@code ps}, the shell history and
 * a CI job's log show it; picocli's "Unknown options: '--token', 'glpat-…'" even printed it back.
 * The value is never repeated.
 */
final class RefusedOptions {

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec mixee;

    @Option(names = {"--token", "--private-token"}, hidden = true, arity = "0..1", paramLabel = "TOKEN")
    void token(String ignored) {
        throw new CommandLine.ParameterException(mixee.commandLine(), "--token is not accepted: a token on the command line"
                + " is visible to every process on the machine and in job logs; put it in the GITLAB_TOKEN environment"
                + " variable or in a file given with --token-file FILE");
    }

    /** Refuses {@code --group} where only one project can be read ({@code psdm snapshot}). */
    static final class OneProject {
        @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
        CommandLine.Model.CommandSpec mixee;

        @Option(names = "--group", hidden = true, paramLabel = "PATH_OR_ID")
        void group(String ignored) {
            throw new CommandLine.ParameterException(mixee.commandLine(), "--group checks a whole group and"
                    + " works with psdm check only; psdm " + mixee.name() + " reads one project: give --project PATH_OR_ID");
        }
    }
}
