package dev.psdm.bench;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code psdm-bench judge FILE...}: judges the warm targets again from recorded JMH JSON result files (the
 * suite writes {@code psdm-bench/target/bench/jmh-result.json}; {@code java ... org.openjdk.jmh.Main -rf json}
 * with {@code -prof dev.psdm.bench.EvaluationCostProfiler} writes the same shape), for comparing runs on a
 * busy and on a quiet machine. Exit code 0 when both warm targets pass, 1 when not, 2 when a file cannot
 * be read as a JMH result.
 */
@Command(name = "judge", mixinStandardHelpOptions = true,
        description = "Judges the warm targets from recorded JMH JSON result files.")
final class JudgeCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "JMH JSON result files (-rf json).")
    List<Path> files;

    @Override
    public Integer call() {
        JmhResults results;
        try {
            results = JmhResults.read(files);
        } catch (JmhResults.BadResultFile e) {
            System.err.println("psdm-bench judge: " + e.getMessage());
            return 2;
        }
        System.out.print(WarmTargets.table(results));
        List<SuiteCommand.Line> lines = WarmTargets.lines(results);
        lines.forEach(System.out::println);
        return SuiteCommand.allPass(lines) ? 0 : 1;
    }
}
