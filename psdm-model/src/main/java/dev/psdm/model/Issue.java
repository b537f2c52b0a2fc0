package dev.psdm.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An issue of the collaboration project.
 *
 * @param state       GitLab's {@code opened} or {@code closed}
 * @param labels      label names, as GitLab lists them
 * @param assignees   assignee usernames
 * @param weight      null when the issue has no weight
 * @param iterationId id of the issue's iteration, or null
 * @param milestoneId id of the issue's milestone, or null
 * @param epicIid     iid of the issue's epic in the group, or null
 */
public record Issue(@Nullable Long id, @JsonProperty(required = true) long iid, String title, @Nullable String description,
                    String state, Instant createdAt, Instant updatedAt, @Nullable Instant closedAt,
                    @Nullable LocalDate dueDate, List<String> labels, List<String> assignees, @Nullable Integer weight,
                    @Nullable Long iterationId, @Nullable Long milestoneId, @Nullable Long epicIid, boolean confidential,
                    @Nullable String webUrl) {

    public Issue {
        Lists.required(title, "title");
        Lists.required(state, "state");
        // One shared instance per GitLab state: rules ask isOpen() of every issue, several times, and at 100k
        // issues reading 100k copies of "opened" from memory showed up in profiles (docs/PERFORMANCE.md).
        state = "opened".equals(state) ? "opened" : "closed".equals(state) ? "closed" : state;
        Lists.required(createdAt, "createdAt");
        labels = Lists.copyOf(labels, "labels");
        assignees = Lists.copyOf(assignees, "assignees");
        if (updatedAt == null) {
            updatedAt = createdAt;
        }
    }

    public boolean isOpen() {
        return state != "closed" && !"closed".equals(state); // the first test decides for canonical states
    }

    public boolean hasLabel(String name) {
        // By index: the derivation asks every issue about several labels, and at 100k issues an iterator
        // per call was a fifth of an evaluation's garbage (docs/PERFORMANCE.md).
        for (int i = 0; i < labels.size(); i++) {
            if (labels.get(i).equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    /** True when a label starts with the prefix, e.g. {@code "PSD Workflow::"} (case-insensitive). */
    public boolean hasLabelPrefix(String prefix) {
        for (String label : labels) {
            if (label.regionMatches(true, 0, prefix, 0, prefix.length())) {
                return true;
            }
        }
        return false;
    }
}
