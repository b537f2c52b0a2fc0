package dev.psdm.report.testing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The golden pages kept against the base page ({@link Golden#assertPageMatches}): the lines a page shares with it
 * become references and come back exactly, and a change to a shared line of the base changes the expected page.
 */
class GoldenPagesTest {
    private static final String BASE = "<!DOCTYPE html>\n<head>\n<title>Large</title>\n<p>legend</p>\n<p>a</p>\n<p>b</p>\n"
            + "<footer>v1</footer>\n";

    @Test
    void sharedRunsBecomeReferencesAndComeBackExactly() {
        String page = "<!DOCTYPE html>\n<head>\n<title>Small</title>\n<p>legend</p>\n<p>a</p>\n<p>b</p>\n<p>own</p>\n";

        String kept = Golden.sharedByReference(page, BASE);

        assertThat(kept).isEqualTo("<!DOCTYPE html>\n<head>\n<title>Small</title>\n(golden/large/html.html, lines 4-6)\n"
                + "<p>own</p>\n");
        assertThat(Golden.withSharedLines(kept, BASE)).isEqualTo(page);
    }

    @Test
    void aChangeToASharedLineOfTheBaseChangesTheExpectedPage() {
        String page = "<p>legend</p>\n<p>a</p>\n<p>b</p>\n";
        String kept = Golden.sharedByReference(page, BASE);

        assertThat(Golden.withSharedLines(kept, BASE.replace("<p>a</p>", "<p>A</p>"))).isNotEqualTo(page);
    }

    @Test
    void runsShorterThanTheMinimumStayCopies() {
        String page = "<p>legend</p>\n<p>a</p>\n<p>other</p>\n";

        assertThat(Golden.sharedByReference(page, BASE)).isEqualTo(page);
    }
}
