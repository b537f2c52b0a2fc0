package dev.psdm.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.LocalDate;

/** A project or group milestone. {@code state} is GitLab's {@code active} or {@code closed}. */
public record Milestone(@JsonProperty(required = true) long id, Long iid, Long groupId, String title, String description, String state,
                        LocalDate startDate, LocalDate dueDate, String webUrl) {

    public boolean isActive() {
        return !"closed".equals(state);
    }
}
