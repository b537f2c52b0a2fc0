package dev.psdm.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.jspecify.annotations.Nullable;

/**
 * A label available to the project (its own or an ancestor group's).
 *
 * @param archived GitLab's {@code archived} (doc/api/labels.md: from GitLab 18.3, behind the
 *                 {@code labels_archive} flag): an archived label stays on the issues that carry it but
 *                 is no longer offered for new ones. Null when GitLab did not say (older GitLab, the
 *                 flag off, snapshots written before it was kept): read as not archived
 */
public record Label(long id, String name, @Nullable String color, @Nullable String description,
                    @Nullable Boolean archived) {
    @JsonCreator
    public Label {
        Lists.required(name, "name");
    }

    /** A label whose archived state GitLab did not say. */
    public Label(long id, String name, @Nullable String color, @Nullable String description) {
        this(id, name, color, description, null);
    }

    /**
     * Not archived: a label in use. (Not named {@code isArchived}: Jackson would take that for the
     * {@code archived} property and write {@code false} into every snapshot.)
     */
    public boolean inUse() {
        return !Boolean.TRUE.equals(archived);
    }
}
