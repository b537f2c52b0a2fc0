package dev.psdm.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A project or group milestone. {@code state} is GitLab's {@code active} or {@code closed}. */
public record Milestone(@JsonProperty(required = true) long id, @Nullable Long iid, @Nullable Long groupId, String title,
                        @Nullable String description, @Nullable String state, @Nullable LocalDate startDate,
                        @Nullable LocalDate dueDate, @Nullable String webUrl) {

    public boolean isActive() {
        return !"closed".equals(state);
    }
}
