package dev.psdm.gitlab.publish;

import java.util.Objects;

/**
 * A project label {@code psdm prepare --iteration-0} creates when the project and its groups have none of that
 * name ({@code POST /projects/:id/labels}, doc/api/labels.md: {@code name} and {@code color} required).
 *
 * @param color {@code #RRGGBB}
 */
public record PreparedLabel(String name, String color, String description) {
    public PreparedLabel {
        Objects.requireNonNull(name, "name");
        if (name.isBlank() || name.contains(",")) {
            throw new IllegalArgumentException("a label name must not be blank nor hold a comma: '" + name + "'");
        }
        if (color == null || !color.matches("#[0-9A-Fa-f]{6}")) {
            throw new IllegalArgumentException("a label color is #RRGGBB: " + color);
        }
    }
}
