package dev.psdm.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** An issue board with its lists (each list shows one label). */
public record Board(long id, @Nullable String name, List<BoardList> lists) {
    public Board {
        lists = Lists.copyOf(lists, "lists");
    }

    /** One list of a board: the label it shows, at its position. */
    public record BoardList(long id, @Nullable String label, int position) {
    }
}
