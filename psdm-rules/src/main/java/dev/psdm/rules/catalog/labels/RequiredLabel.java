package dev.psdm.rules.catalog.labels;

import dev.psdm.report.Subject;

/**
 * A label the CP (Customer Project) automation creates, and whether the project has one: defined in
 * the project or its groups, or carried by an issue.
 *
 * @param name    what the label looks like: "SOW-# or PO#", "PM name", "PSD Workflow::*"
 * @param purpose why the handbook wants it ("helps the GitLab team sort by PM name")
 * @param present whether the project has such a label
 */
public record RequiredLabel(String name, String purpose, boolean present) {

    public Subject subject() {
        return new Subject("label", null, null, name, null);
    }
}
