package dev.psdm.model;

import org.jspecify.annotations.Nullable;

/** A label available to the project (its own or an ancestor group's). */
public record Label(long id, String name, @Nullable String color, @Nullable String description) {
    public Label {
        Lists.required(name, "name");
    }
}
