package dev.psdm.rules.catalog.labels;

import dev.psdm.report.Subject;

import java.util.function.Predicate;

/**
 * A label the CP (Customer Project) automation creates, and whether the project has one: defined in
 * the project or its groups, or carried by an issue.
 *
 * @param name       what the label looks like: "SOW-# or PO#", "PM name", "PSD Workflow::*"
 * @param purpose    why the handbook wants it ("helps the GitLab team sort by PM name")
 * @param present    whether the project has such a label
 * @param convention the {@code .psdm.yml} key that recognises it and its value, as the evidence quotes it
 * @param matches    the test {@code convention} makes of a label name
 * @param resembles  a looser test, for the evidence's near misses ("Sow 1234" for a SOW label)
 */
public record RequiredLabel(String name, String purpose, boolean present, String convention, Predicate<String> matches,
                            Predicate<String> resembles) {

    public Subject subject() {
        return new Subject("label", null, null, name, null);
    }
}
