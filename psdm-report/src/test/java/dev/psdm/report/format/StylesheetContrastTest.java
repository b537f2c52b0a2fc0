package dev.psdm.report.format;

import dev.psdm.report.testing.GoldenReports;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * WCAG AA contrast for every colour pair of the HTML page's stylesheet (issue 27 item 1): each rule's text
 * colour against its own background, or the page's where it sets none, at least 4.5:1 (WCAG 2.1 success
 * criterion 1.4.3, normal-size text). The pairs are read from the stylesheet itself, so a new colour is
 * measured without anyone listing it here. And what passed is never in a failure colour.
 */
class StylesheetContrastTest {
    private static final Pattern BLOCK = Pattern.compile("([^{}]+)\\{([^{}]*)}");
    private static final Pattern DECLARATION = Pattern.compile("([a-z-]+)\\s*:\\s*([^;]+);?");

    record Pair(String selector, String text, String background, double ratio) {
    }

    static List<Pair> pairs(String css) {
        Map<String, String> vars = new HashMap<>();
        List<Map.Entry<String, Map<String, String>>> blocks = new ArrayList<>();
        Matcher m = BLOCK.matcher(css.replaceAll("@media[^{]*\\{", "").replaceAll("@page[^{]*\\{[^}]*}", ""));
        while (m.find()) {
            Map<String, String> declarations = new HashMap<>();
            Matcher d = DECLARATION.matcher(m.group(2));
            while (d.find()) {
                declarations.put(d.group(1), d.group(2).trim());
            }
            String selector = m.group(1).trim();
            if (selector.equals(":root")) {
                declarations.forEach((k, v) -> {
                    if (k.startsWith("--")) {
                        vars.put(k, v);
                    }
                });
            }
            blocks.add(Map.entry(selector, declarations));
        }
        String page = vars.get("--page");
        List<Pair> pairs = new ArrayList<>();
        for (var block : blocks) {
            String color = colour(block.getValue().get("color"), vars);
            if (color == null) {
                continue;
            }
            String background = colour(block.getValue().getOrDefault("background-color", block.getValue().get("background")), vars);
            String against = background != null ? background : page;
            pairs.add(new Pair(block.getKey(), color, against, ratio(color, against)));
        }
        return pairs;
    }

    /** A {@code #rrggbb} value, a {@code var(--x)} resolved to one, or null (currentColor, inherit). */
    private static String colour(String value, Map<String, String> vars) {
        if (value == null) {
            return null;
        }
        Matcher var = Pattern.compile("var\\((--[a-z-]+)\\)").matcher(value);
        String resolved = var.find() ? vars.get(var.group(1)) : value;
        return resolved != null && resolved.matches("#[0-9a-fA-F]{6}") ? resolved : null;
    }

    /** WCAG 2.1's contrast ratio of two sRGB colours. */
    static double ratio(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    @Test
    void everyTextColourMeetsWcagAaOnItsBackground() {
        List<Pair> pairs = pairs(HtmlStyle.CSS);

        assertThat(pairs).extracting(Pair::selector).contains("body", ".verdict.fail", ".badge.WARNING", ".count.ERROR", "pre");
        assertThat(pairs).allSatisfy(p -> assertThat(p.ratio())
                .as("%s: %s on %s", p.selector(), p.text(), p.background()).isGreaterThanOrEqualTo(4.5));
    }

    @Test
    void theMeasureCatchesAPoorPair() {
        // the former WARNING colour on white: 3.68:1 (issue 27's finding)
        assertThat(ratio("#b9770e", "#ffffff")).isBetween(3.6, 3.7);
        assertThat(pairs(":root { --page: #ffffff; --warn: #b9770e; }\n.w { color: var(--warn); }"))
                .singleElement().satisfies(p -> assertThat(p.ratio()).isLessThan(4.5));
    }

    @Test
    void whatPassedIsNeverInAFailureColour() {
        String html = new HtmlReportWriter(GoldenFilesTest.OPTIONS).render(GoldenReports.large());
        String passed = html.substring(html.indexOf("<details class=\"group\" id=\"passed\">"));
        passed = passed.substring(0, passed.indexOf("</details>"));

        assertThat(passed).contains("PSDM-").doesNotContain("badge ERROR").doesNotContain("badge WARNING")
                .doesNotContain("badge INFO").contains("badge neutral");
    }
}
