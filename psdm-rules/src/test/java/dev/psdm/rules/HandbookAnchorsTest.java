package dev.psdm.rules;

import dev.psdm.engine.PsdmEngine;
import dev.psdm.report.RuleDescriptor;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 25 item 4: every handbook citation links its section on handbook.gitlab.com, and the link's anchor
 * is a heading of that page. GitLab's handbook (Hugo, GitHub-style heading ids) makes a heading's anchor by
 * lower-casing it, dropping every character but letters, digits, spaces, '-' and '_', and turning each space
 * into '-' ("RAID &amp; Internal/Customer Retrospective" is {@code #raid--internalcustomer-retrospective});
 * a repeated heading gets {@code -1}, {@code -2}. The headings are the page's, copied into
 * {@code src/test/resources/handbook/} with the page's URL.
 */
class HandbookAnchorsTest {
    private static final String PAGE = "https://handbook.gitlab.com/handbook/customer-success/"
            + "professional-services-engineering/professional-services-delivery-methodology/";

    static String slug(String heading) {
        StringBuilder sb = new StringBuilder();
        for (char c : heading.strip().toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                sb.append(c);
            } else if (c == ' ') {
                sb.append('-');
            }
        }
        return sb.toString();
    }

    static Set<String> anchors() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/handbook/psdm-delivery-methodology.headings"),
                StandardCharsets.UTF_8);
        assertThat(lines.get(0)).as("the file names the page it was copied from").contains(PAGE);
        Set<String> anchors = new HashSet<>();
        for (String line : lines) {
            if (line.startsWith("#")) {
                String base = slug(line.replaceFirst("^#+\\s*", ""));
                String anchor = base;
                for (int n = 1; !anchors.add(anchor); n++) {
                    anchor = base + "-" + n;
                }
            }
        }
        return anchors;
    }

    @Test
    void slugsAreTheHandbooksHeadingIds() {
        assertThat(slug("RAID & Internal/Customer Retrospective")).isEqualTo("raid--internalcustomer-retrospective");
        assertThat(slug("Iteration Planning & Review")).isEqualTo("iteration-planning--review");
        assertThat(slug("Who Updates What?")).isEqualTo("who-updates-what");
        assertThat(slug("4. Customer Success")).isEqualTo("4-customer-success");
    }

    @Test
    void everyRulesHandbookLinkPointsAtAHeadingOfThePage() throws IOException {
        Set<String> anchors = anchors();
        List<String> wrong = new ArrayList<>();
        List<RuleDescriptor> rules = PsdmEngine.builder().build().rules();
        for (RuleDescriptor rule : rules) {
            String url = rule.doc().help().handbookUrl();
            if (url == null) {
                wrong.add(rule.id() + ": no handbook link for '" + rule.source() + "'");
            } else if (!url.startsWith(PAGE + "#") || !anchors.contains(url.substring(PAGE.length() + 1))) {
                wrong.add(rule.id() + ": " + url + " is not a heading of the PSDM page");
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(rules).hasSizeGreaterThan(20);
    }
}
