package dev.psdm.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** An epic of the project's group. {@code state} is GitLab's {@code opened} or {@code closed}. */
public record Epic(long id, @JsonProperty(required = true) long iid, @Nullable String title, @Nullable String state,
                   List<String> labels, @Nullable String webUrl) {
    public Epic {
        labels = Lists.copyOf(labels, "labels");
    }
}
