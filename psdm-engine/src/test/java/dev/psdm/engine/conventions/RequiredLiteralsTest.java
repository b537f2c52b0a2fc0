package dev.psdm.engine.conventions;

import dev.psdm.engine.facts.CeremonyKind;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 24 item 8: a {@link Regexes.Finder} answers false without the matcher only for texts the pattern
 * cannot match. A wrong literal would silently lose a ceremony record, so the finder is compared with the
 * plain matcher on generated patterns and texts, and the case folding with Java's on every {@code char}.
 */
class RequiredLiteralsTest {

    @Test
    void theBundledTitlePatternsHaveTheirLiterals() {
        Conventions d = Conventions.defaults();
        Map<String, List<String>> expected = Map.of(
                "(?i)iteration\\s*+(\\d++\\s*+)?planning|sprint planning", List.of("iteration", "sprint planning"),
                "(?i)iteration\\s*+(\\d++\\s*+)?review|status report|weekly status|sprint review",
                List.of("iteration", "status report", "weekly status", "sprint review"),
                "(?i)backlog refinement|grooming", List.of("backlog refinement", "grooming"),
                "(?i)stand-?up", List.of("stand"),
                "(?i)retro(spective)?", List.of("retro"),
                "(?i)weekly status|status report", List.of("weekly status", "status report"),
                "(?i)communication\\s*+plan", List.of("communication"),
                "(?i)internal\\s++retro(spective)?", List.of("internal"));
        List<Pattern> bundled = new ArrayList<>();
        for (CeremonyKind kind : CeremonyKind.values()) {
            bundled.add(d.get(EngineSettings.ceremonyTitle(kind)));
        }
        bundled.add(d.get(EngineSettings.COMMUNICATION_PLAN_TITLE));
        bundled.add(d.get(EngineSettings.INTERNAL_RETROSPECTIVE_TITLE));
        for (Pattern pattern : bundled) {
            assertThat(expected).as("update this test with the new default").containsKey(pattern.pattern());
            RequiredLiterals literals = RequiredLiterals.of(pattern);
            assertThat(literals).as(pattern.pattern()).isNotNull();
            assertThat(literals.literals()).as(pattern.pattern()).isEqualTo(expected.get(pattern.pattern()));
        }
    }

    @Test
    void syntaxItDoesNotParseGetsNoLiterals() {
        for (String regex : List.of("[a-z]+review", "(?x)re view", "(?iu)review", "(?:x)review", "review(?-i)x", "\\Qreview\\E",
                "\\p{L}review", "\\x41review", "\\u0041review", "(a)\\1review", "review|\\s*", "review|", "(?i:review)",
                "(?=review)review", "\\0101review")) {
            assertThat(RequiredLiterals.of(Pattern.compile(regex))).as(regex).isNull();
        }
        assertThat(RequiredLiterals.of(Pattern.compile("review", Pattern.COMMENTS))).isNull();
        assertThat(RequiredLiterals.of(Pattern.compile("review", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))).isNull();
        assertThat(Regexes.finder(Pattern.compile("review", Pattern.CASE_INSENSITIVE)).find("A REVIEW")).isTrue();
        assertThat(RequiredLiterals.of(Pattern.compile("re{2}view")).literals()).containsExactly("view");
        assertThat(RequiredLiterals.of(Pattern.compile("(?i)ab(cdefgh)?x*yz|q+rs")).literals()).containsExactly("ab", "rs");
    }

    @Test
    void caseFoldsAsJavaDoesWithoutUnicodeCase() {
        for (String letter : List.of("k", "s", "i", "K")) {
            Pattern pattern = Pattern.compile("(?i)" + letter + letter);
            assertThat(RequiredLiterals.of(pattern)).isNotNull();
            Regexes.Finder finder = Regexes.finder(pattern);
            for (char c = 0; c < Character.MAX_VALUE; c++) {
                String text = "" + c + c;
                assertThat(finder.find(text)).as("U+%04X", (int) c).isEqualTo(pattern.matcher(text).find());
            }
        }
    }

    @Test
    void findsWhatTheMatcherFindsOnGeneratedPatternsAndTexts() {
        Random random = new Random(24_8);
        String[] atoms = {"re", "view", "RE", "Sprint", " ", "-", "x", "a", "\\s*+", "\\s+", "\\d++", "\\b", "^", "$", ".",
                "?", "*", "+", "{1,2}", "??", "(", ")", "|", "(ab|re)", "(view)?", "[a-c]", "\\.", "K", "é", "#", "_", ":"};
        String[] words = {"re", "view", "Review", "REVIEW", "sprint", "Sprint ", " ", "-", "x", "ab", "\u212A", "\u017F",
                "\u0130", "é", "12", ".", "\n", "#", "_", ":", "rEvIeW", "stand-up", "standup", "KK"};
        int compared = 0;
        int skipped = 0;
        while (compared < 3000) {
            StringBuilder regex = new StringBuilder(List.of("", "(?i)", "(?im)", "(?s)").get(random.nextInt(4)));
            for (int k = 1 + random.nextInt(7); k > 0; k--) {
                regex.append(atoms[random.nextInt(atoms.length)]);
            }
            Pattern pattern;
            try {
                pattern = Pattern.compile(regex.toString(), random.nextInt(4) == 0 ? Pattern.CASE_INSENSITIVE : 0);
            } catch (PatternSyntaxException e) {
                continue;
            }
            compared++;
            Regexes.Finder finder = Regexes.finder(pattern);
            for (int t = 0; t < 40; t++) {
                StringBuilder text = new StringBuilder();
                for (int k = random.nextInt(8); k > 0; k--) {
                    text.append(words[random.nextInt(words.length)]);
                }
                boolean expected = pattern.matcher(text).find();
                assertThat(finder.find(text)).as("/" + pattern + "/ on '" + text + "'").isEqualTo(expected);
                if (!expected && RequiredLiterals.of(pattern) != null && !RequiredLiterals.of(pattern).mayMatch(text)) {
                    skipped++;
                }
            }
        }
        assertThat(skipped).as("texts the literals spared the matcher").isGreaterThan(10_000);
    }
}
