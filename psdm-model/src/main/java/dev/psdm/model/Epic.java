package dev.psdm.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** An epic of the project's group. {@code state} is GitLab's {@code opened} or {@code closed}. */
public record Epic(long id, @JsonProperty(required = true) long iid, String title, String state, List<String> labels, String webUrl) {
    public Epic {
        labels = Lists.copyOf(labels, "labels");
    }
}
