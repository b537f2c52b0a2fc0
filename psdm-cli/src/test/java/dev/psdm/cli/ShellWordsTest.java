package dev.psdm.cli;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The test helper that reads the CI templates' command lines splits words as sh does. */
class ShellWordsTest {

    @Test
    void quotesKeepWordsTogetherAndUnquotedExpansionsSplit() {
        var vars = Map.of("URL", "https://gitlab.example.com", "EXTRA", "--baseline  b.json", "EMPTY", "");
        assertThat(ShellWords.split("java -jar psdm.jar check --gitlab-url \"$URL\" --x 'a $URL' ${EMPTY} $EXTRA \"$EMPTY\"", vars))
                .containsExactly("java", "-jar", "psdm.jar", "check", "--gitlab-url", "https://gitlab.example.com",
                        "--x", "a $URL", "--baseline", "b.json", "");
    }
}
