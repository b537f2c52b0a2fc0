package dev.psdm.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An epic of the project's group, one of its ancestors or descendants. {@code state} is GitLab's
 * {@code opened} or {@code closed}.
 *
 * @param id      GitLab's epic id (REST), or the work item's id when read as a work item
 * @param iid     the epic's number in its group ({@code &5}); two groups can each have a {@code &5}
 * @param groupId the group the epic belongs to, or null in snapshots written before it was kept
 */
public record Epic(long id, @JsonProperty(required = true) long iid, @Nullable String title, @Nullable String state,
                   List<String> labels, @Nullable String webUrl, @Nullable Long groupId) {
    @JsonCreator
    public Epic {
        labels = Lists.copyOf(labels, "labels");
    }

    /** The form before the group was kept. */
    public Epic(long id, long iid, String title, String state, List<String> labels, String webUrl) {
        this(id, iid, title, state, labels, webUrl, null);
    }
}
