package dev.psdm.report.format;

import java.util.List;

/**
 * One {@code <testsuite>} of a JUnit XML file, with the counts the enclosing {@code <testsuites>}
 * adds up. The single-project file holds one; the portfolio file one per project, the same tree.
 *
 * @param style how the suite is written ({@link XmlStyle})
 */
record JUnitSuite(XmlElement element, int tests, int failures, int errors, int skipped, XmlStyle style) {

    /** The same suite written as the portfolio file writes a project's suite. */
    JUnitSuite inPortfolioStyle() {
        return new JUnitSuite(element, tests, failures, errors, skipped, XmlStyle.PORTFOLIO);
    }

    /** A whole file: the declaration, a {@code <testsuites>} named {@code name} with the summed counts, the suites. */
    static String document(String name, List<JUnitSuite> suites) {
        int tests = 0;
        int failures = 0;
        int errors = 0;
        int skipped = 0;
        for (JUnitSuite s : suites) {
            tests += s.tests();
            failures += s.failures();
            errors += s.errors();
            skipped += s.skipped();
        }
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<testsuites name=\"").append(Escape.xml(name)).append('"');
        counts(out, tests, failures, errors, skipped);
        out.append(">\n");
        for (JUnitSuite s : suites) {
            s.element().write(out, 1, s.style());
        }
        return out.append("</testsuites>\n").toString();
    }

    /** The count attributes in the order both elements carry them. */
    private static void counts(StringBuilder out, int tests, int failures, int errors, int skipped) {
        out.append(" tests=\"").append(tests).append("\" failures=\"").append(failures).append("\" errors=\"")
                .append(errors).append("\" skipped=\"").append(skipped).append("\" time=\"0\"");
    }

    /** A {@code <testsuite>} element with these counts (its other attributes and children are the caller's). */
    static XmlElement element(String name, int tests, int failures, int errors, int skipped) {
        return new XmlElement("testsuite").attribute("name", name).attribute("tests", tests)
                .attribute("failures", failures).attribute("errors", errors).attribute("skipped", skipped)
                .attribute("time", 0);
    }
}
