package dev.psdm.engine.conventions;

import dev.psdm.rules.catalog.backlog.BacklogSettings;
import dev.psdm.rules.catalog.labels.LabelSettings;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Issue 18 item 4: the bundled patterns are linear on hostile input, and a team's own pattern ends
 * with one line naming it and its key instead of running for minutes.
 */
class PatternBudgetTest {
    private static final int MB = 1 << 20;

    /** Every bundled pattern, by the key that holds it. */
    private static Map<String, Pattern> bundled() {
        Map<String, Pattern> all = new LinkedHashMap<>();
        for (Setting<?> setting : Settings.declared()) {
            Object value = setting.defaultValue();
            if (value instanceof Pattern p) {
                all.put(setting.path(), p);
            } else if (value instanceof Map<?, ?> named) {
                named.forEach((k, v) -> all.put(setting.path() + "." + k, (Pattern) v));
            }
        }
        assertThat(all).containsKeys("iterationZero.title", "labels.sow", "labels.pm", "backlog.acceptanceCriteria",
                "ceremonies.titles.review", "closeout.activities.go-live recap");
        return all;
    }

    /** Texts of about 1 MB built to make backtracking patterns go quadratic, and an ordinary one. */
    private static Map<String, String> hostile() {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("newlines", "\n".repeat(MB));
        texts.put("spaces", " ".repeat(MB));
        texts.put("heading marks and spaces per line", "# * _ \t".repeat(MB / 14).replace("\t", "\t\n"));
        texts.put("keyword then spaces", ("iteration" + " ".repeat(1000) + "x").repeat(MB / 1010));
        texts.put("acceptance then whitespace", ("acceptance" + " \n".repeat(500) + "x\n").repeat(MB / 1012));
        texts.put("digits and spaces", ("iteration 1 2 3 4 5 6 7 8 9 " + "1 ".repeat(400)).repeat(MB / 830));
        texts.put("PM and SOW prefixes", ("PM " + " ".repeat(500) + ":\n").repeat(MB / 504));
        return texts;
    }

    private static String ordinary() {
        return "Vendor API access for the migration; see the runbook and the review notes. ".repeat(MB / 77);
    }

    private static long nanosToFind(Pattern pattern, String text) {
        long best = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            long started = System.nanoTime();
            Regexes.find(pattern, text);
            best = Math.min(best, System.nanoTime() - started);
        }
        return best;
    }

    @Test
    void everyBundledPatternIsLinearOnAMegabyteOfHostileText() {
        String normal = ordinary();
        List<String> slow = new ArrayList<>();
        bundled().forEach((key, pattern) -> {
            long baseline = Math.max(nanosToFind(pattern, normal), 5_000_000); // at least 5 ms: timer and JIT noise
            hostile().forEach((name, text) -> {
                long took = nanosToFind(pattern, text);
                // the old acceptance pattern took 40 s on 64 KB of newlines, hours on 1 MB; linear stays within a
                // fixed multiple (some hostile texts make the matcher visit each character a few times)
                if (took > 50 * baseline) {
                    slow.add(key + " on " + name + ": " + took / 1_000_000 + " ms vs " + baseline / 1_000_000 + " ms");
                }
            });
        });
        assertThat(slow).isEmpty();
    }

    @Test
    void theBundledPatternsStillMatchWhatTheyMatchedBefore() {
        Conventions d = Conventions.defaults();
        Pattern criteria = d.get(BacklogSettings.ACCEPTANCE_CRITERIA);
        assertThat(Regexes.find(criteria, "Intro\r\n\r\n## Acceptance Criteria\n- works")).isTrue();
        assertThat(Regexes.find(criteria, "Intro\n\n**Acceptance  criteria**\n- works")).isTrue();
        assertThat(Regexes.find(criteria, "  _acceptance criteria:_ none")).isTrue();
        assertThat(Regexes.find(criteria, "we discussed acceptance criteria")).isFalse();
        Pattern planning = d.get(EngineSettings.ceremonyTitle(dev.psdm.engine.facts.CeremonyKind.PLANNING));
        for (String title : List.of("Iteration 3 Planning", "iteration planning", "Iteration12planning", "Sprint planning")) {
            assertThat(Regexes.find(planning, title)).as(title).isTrue();
        }
        assertThat(Regexes.find(planning, "Iteration 3 4 planning")).isFalse();
        assertThat(Regexes.find(d.get(LabelSettings.PM), "PM:: Jane Doe")).isTrue();
        assertThat(Regexes.find(d.get(LabelSettings.SOW), "SOW-12")).isTrue();
        assertThat(Regexes.find(d.get(LabelSettings.SOW), "SOW-12a")).isFalse();
        assertThat(Regexes.find(d.get(EngineSettings.ITERATION_ZERO_TITLE), "Sprint 0 – kickoff")).isTrue();
    }

    @Test
    void theLinearPatternsAgreeWithTheOldOnesOnOrdinaryText() {
        Map<String, String[]> oldAndNew = Map.of(
                "(?im)^[#*_\\s]*acceptance\\s+criteria\\b", new String[]{"(?im)^[#*_\\h]*+acceptance\\s++criteria\\b"},
                "(?i)iteration\\s*\\d*\\s*review|status report|weekly status|sprint review",
                new String[]{"(?i)iteration\\s*+(\\d++\\s*+)?review|status report|weekly status|sprint review"},
                "(?i)^PM\\s*(::|:|-)\\s*\\S", new String[]{"(?i)^PM\\s*+(::|:|-)\\s*+\\S"},
                "(?i)^(SOW-\\d+|PO#?\\d+)\\b", new String[]{"(?i)^(SOW-\\d++|PO#?\\d++)\\b"});
        List<String> texts = new ArrayList<>(List.of("## Acceptance Criteria", "\n\n  **acceptance\tcriteria**", "x\r\n# acceptance criteria:",
                "Acceptance criteriaX", "iteration 3 review", "Iteration  12  Review", "iteration review", "iteration 3 4 review",
                "PM::Jane", "PM : ", "PM -x", "pm::", "SOW-12", "PO#7 x", "SOW-", "PO12a", "\n\n\n acceptance \n criteria"));
        for (String old : oldAndNew.keySet()) {
            Pattern before = Pattern.compile(old);
            Pattern after = Pattern.compile(oldAndNew.get(old)[0]);
            for (String text : texts) {
                assertThat(Regexes.find(after, text)).as(after + " on " + text).isEqualTo(before.matcher(text).find());
            }
        }
    }

    @Test
    void aCatastrophicTeamPatternEndsWithOneLineNamingItsKey() {
        Conventions team = ConventionsYaml.read(new StringReader("""
                ceremonies:
                  titles:
                    review: '(?i)^(.*?,?)*?(review|status)$'
                """), ".psdm.yml");
        Pattern review = team.get(EngineSettings.ceremonyTitle(dev.psdm.engine.facts.CeremonyKind.REVIEW));
        long started = System.nanoTime();
        PatternLimitException e = catchThrowableOfType(
                () -> Regexes.find(review, "Weekly sync, notes, actions, owners, dates, risks, and follow-ups x"),
                PatternLimitException.class);
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).startsWith(".psdm.yml:3: ceremonies.titles.review: the regular expression "
                + "'(?i)^(.*?,?)*?(review|status)$' took more than 2 s on one text of ").doesNotContain("\n");
        assertThat(e.key()).isEqualTo("ceremonies.titles.review");
        assertThat(seconds).isLessThan(10);
    }

    @Test
    void aTeamPatternThatOverflowsTheStackEndsWithOneLineNamingItsKey() {
        Conventions team = ConventionsYaml.read(new StringReader("""
                backlog:
                  acceptanceCriteria: '(\\s|x)*done'
                """), ".psdm.yml");
        PatternLimitException e = catchThrowableOfType(
                () -> Regexes.find(team.get(BacklogSettings.ACCEPTANCE_CRITERIA), " ".repeat(200_000)), PatternLimitException.class);
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).startsWith(".psdm.yml:2: backlog.acceptanceCriteria: the regular expression '(\\s|x)*done'")
                .contains("overflowed the stack");
    }
}
