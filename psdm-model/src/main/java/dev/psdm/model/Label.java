package dev.psdm.model;

/** A label available to the project (its own or an ancestor group's). */
public record Label(long id, String name, String color, String description) {
    public Label {
        Lists.required(name, "name");
    }
}
