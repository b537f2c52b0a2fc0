package dev.psdm.cli.prepare;

import dev.psdm.gitlab.publish.PreparedIssue;
import dev.psdm.gitlab.publish.PreparedLabel;

import java.util.List;

/**
 * What a prepare wants to exist, before GitLab is asked what does.
 *
 * @param records the records to have (created unless psdm prepared them earlier)
 * @param labels  the labels to have (created unless the project or its groups define them)
 * @param notes   one line each: what is left out and why (the team's own record, a label nobody named)
 */
public record Plan(List<PreparedIssue> records, List<PreparedLabel> labels, List<String> notes) {
    public Plan {
        records = List.copyOf(records);
        labels = List.copyOf(labels);
        notes = List.copyOf(notes);
    }
}
