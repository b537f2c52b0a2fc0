package dev.psdm.bench;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** {@code psdm-bench suite}: placeholder until the suite lands. */
@Command(name = "suite", description = "Runs every performance target.")
final class SuiteCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 0;
    }
}
