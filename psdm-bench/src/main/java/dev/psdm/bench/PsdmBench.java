package dev.psdm.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code psdm-bench}: {@code generate} writes a synthetic snapshot; {@code suite} runs every
 * performance target and prints one PASS/FAIL line per target (what {@code psdm-bench/run.sh} runs);
 * {@code judge} judges the warm targets again from recorded JMH results; {@code startup} compares start paths.
 */
@Command(name = "psdm-bench", mixinStandardHelpOptions = true,
        description = "Synthetic snapshots and the performance suite of psdm-check.",
        subcommands = {GenerateCommand.class, SuiteCommand.class, JudgeCommand.class, StartupCommand.class, CommandLine.HelpCommand.class})
public final class PsdmBench implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new PsdmBench()).execute(args));
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
