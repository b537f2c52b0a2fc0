package dev.psdm.engine.conventions;

import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 22 item 7: inside an evaluation the pattern budget is a total, not only per match, and a match
 * over it is undecided (false, recorded with its key), never a failure of the whole run.
 */
class EvaluationPatternBudgetTest {
    private static final String SLOW_TEXT = "Weekly sync, notes, actions, owners, dates, risks, and follow-ups x";

    private static Pattern catastrophicReview() {
        Conventions team = ConventionsYaml.read(new StringReader("""
                ceremonies:
                  titles:
                    review: '(?i)^(.*?,?)*?(review|status)$'
                """), ".psdm.yml");
        return team.get(EngineSettings.ceremonyTitle(dev.psdm.engine.facts.CeremonyKind.REVIEW));
    }

    @Test
    void twentySlowTextsShareOneBudgetAndAreNamedUndecided() {
        Pattern review = catastrophicReview();
        long started = System.nanoTime();
        try (Regexes.Budget budget = Regexes.openBudget(started + TimeUnit.SECONDS.toNanos(1))) {
            for (int k = 0; k < 20; k++) {
                // each would take the per-match 2 s: 40 s without a total budget
                assertThat(Regexes.find(review, SLOW_TEXT + k)).isFalse();
            }
            assertThat(budget.undecided()).containsExactly(".psdm.yml:3: ceremonies.titles.review: the regular expression "
                    + "'(?i)^(.*?,?)*?(review|status)$' ran out of time");
        }
        assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started)).isLessThan(8);
    }

    @Test
    void quickMatchesStillDecideAfterTheBudgetIsSpent() {
        Pattern review = catastrophicReview();
        try (Regexes.Budget budget = Regexes.openBudget(System.nanoTime() - 1)) {
            assertThat(Regexes.find(review, "Iteration 3 review")).isTrue();
            assertThat(budget.undecided()).isEmpty();
        }
    }

    @Test
    void aClosedBudgetIsNotInheritedByAThreadThatOutlivesItsEvaluation() throws Exception {
        Pattern review = catastrophicReview();
        Regexes.Budget budget = Regexes.openBudget(System.nanoTime() - 1);
        Thread[] late = new Thread[1];
        Throwable[] thrown = new Throwable[1];
        late[0] = new Thread(() -> {
            try {
                Thread.sleep(200);
                Regexes.find(review, SLOW_TEXT);
            } catch (Throwable t) {
                thrown[0] = t;
            }
        });
        late[0].start();
        budget.close();
        late[0].join();
        assertThat(thrown[0]).as("outside an evaluation a match over budget is an error, not a silent false")
                .isInstanceOf(PatternLimitException.class);
    }
}
