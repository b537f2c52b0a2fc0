package dev.psdm.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A GitLab iteration (project or inherited from a group).
 *
 * @param title null for iterations auto-scheduled by an iteration cadence
 * @param state GitLab's state at fetch time; rules derive their own from the dates and the as-of date
 * @param sequence     the iteration's number in its cadence (GitLab's {@code sequence}), or null
 * @param cadenceId    the iteration cadence it belongs to (GraphQL {@code iterationCadence}), or null when
 *                     only REST answered, which does not name cadences
 * @param cadenceTitle that cadence's title, or null
 * @param cadenceDurationWeeks the length the cadence sets for its iterations (GraphQL
 *                     {@code IterationCadence.durationInWeeks}, "Duration in weeks of the iterations within the
 *                     cadence", doc/api/graphql/reference/_index.md), or null when unknown (only REST answered, or
 *                     the cadence sets none); values below 1 read as unknown
 * @param cadenceAutomatic whether the cadence generates its upcoming iterations itself
 *                     ({@code IterationCadence.automatic}), or null when unknown
 */
public record Iteration(@JsonProperty(required = true) long id, @Nullable Long iid, @Nullable Long groupId, @Nullable String title,
                        @Nullable String description, @Nullable IterationState state, LocalDate startDate,
                        LocalDate dueDate, @Nullable String webUrl, @Nullable Integer sequence, @Nullable Long cadenceId,
                        @Nullable String cadenceTitle, @Nullable Integer cadenceDurationWeeks,
                        @Nullable Boolean cadenceAutomatic) {

    @JsonCreator
    public Iteration {
        Lists.required(startDate, "startDate");
        Lists.required(dueDate, "dueDate");
        if (cadenceDurationWeeks != null && cadenceDurationWeeks < 1) {
            cadenceDurationWeeks = null; // no cadence lasts zero weeks: unknown, never a length to judge by
        }
    }

    /** The form before the cadence's settings were kept. */
    public Iteration(long id, Long iid, Long groupId, String title, String description, IterationState state,
                     LocalDate startDate, LocalDate dueDate, String webUrl, Integer sequence, Long cadenceId,
                     String cadenceTitle) {
        this(id, iid, groupId, title, description, state, startDate, dueDate, webUrl, sequence, cadenceId, cadenceTitle,
                null, null);
    }

    /** The form before cadences were kept. */
    public Iteration(long id, Long iid, Long groupId, String title, String description, IterationState state,
                     LocalDate startDate, LocalDate dueDate, String webUrl) {
        this(id, iid, groupId, title, description, state, startDate, dueDate, webUrl, null, null, null, null, null);
    }

    /** The title, or a readable stand-in for untitled cadence iterations ("Iteration 2026-03-02 – 2026-03-15"). */
    public String displayName() {
        return title != null && !title.isBlank() ? title : "Iteration " + startDate + " – " + dueDate;
    }
}
