package dev.psdm.cli;

import dev.psdm.engine.conventions.Conventions;
import dev.psdm.engine.conventions.ConventionsYaml;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code psdm config}: the conventions file ({@code .psdm.yml}): print the defaults, or check a file. */
@Command(name = "config", mixinStandardHelpOptions = true,
        description = {"Prints the default conventions file (.psdm.yml), commented, or checks one.",
                "Start a team's file with: psdm config --print-defaults > .psdm.yml"})
final class ConfigCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ArgGroup(multiplicity = "1")
    Action action;

    static final class Action {
        @Option(names = "--print-defaults", required = true,
                description = "Print every key with the handbook's default and what it means.")
        boolean printDefaults;

        @Option(names = "--check", paramLabel = "FILE", required = true,
                description = "Check FILE: one line saying it is valid and how many settings differ from the defaults,"
                        + " or the first problem (file, line, key) and exit 2.")
        Path check;
    }

    @Option(names = {"-v", "--verbose"}, description = "Print stack traces of errors.")
    boolean verbose;

    /** What the file's reference line names: the repository path, as every doc links it. */
    static final String REFERENCE = "# Reference: docs/conventions.md";

    /**
     * The commented defaults; their reference to the conventions page is absolute, this release's page
     * ({@link VersionProvider#docsUrl()}; issue 26 item 5: the file is copied into a team's project, where a
     * path relative to psdm-check's repository leads nowhere). Null keeps the repository path (tests).
     */
    static String defaults(String docsUrl) {
        // ConfigCommandTest fails if the defaults stop carrying that line
        String text = ConventionsYaml.write(Conventions.defaults());
        return docsUrl == null ? text
                : text.replace(REFERENCE + "\n", "# Reference: " + docsUrl + "conventions.md\n");
    }

    @Override
    public Integer call() {
        if (action.printDefaults) {
            spec.commandLine().getOut().print(defaults(VersionProvider.docsUrl()));
            spec.commandLine().getOut().flush();
            return ExitCode.OK;
        }
        Conventions conventions = ConventionsFile.load(action.check);
        // unknown rule ids are only known to the engine
        ConventionsFile.engine(conventions, List.of());
        // like a linter: one line, not the 126-line file echoed back (issue 26 item 5)
        int differ = ConventionsYaml.differencesFromDefaults(conventions).size();
        spec.commandLine().getOut().println(action.check + " is valid (" + differ + (differ == 1 ? " setting differs" : " settings differ")
                + " from the defaults)");
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
