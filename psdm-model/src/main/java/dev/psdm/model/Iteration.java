package dev.psdm.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A GitLab iteration (project or inherited from a group).
 *
 * @param title null for iterations auto-scheduled by an iteration cadence
 * @param state GitLab's state at fetch time; rules derive their own from the dates and the as-of date
 */
public record Iteration(@JsonProperty(required = true) long id, @Nullable Long iid, @Nullable Long groupId, @Nullable String title,
                        @Nullable String description, @Nullable IterationState state, LocalDate startDate,
                        LocalDate dueDate, @Nullable String webUrl) {

    public Iteration {
        Lists.required(startDate, "startDate");
        Lists.required(dueDate, "dueDate");
    }

    /** The title, or a readable stand-in for untitled cadence iterations ("Iteration 2026-03-02 – 2026-03-15"). */
    public String displayName() {
        return title != null && !title.isBlank() ? title : "Iteration " + startDate + " – " + dueDate;
    }
}
