package dev.psdm.model;

import java.util.List;

/** An issue board with its lists (each list shows one label). */
public record Board(long id, String name, List<BoardList> lists) {
    public Board {
        lists = Lists.copyOf(lists, "lists");
    }

    /** One list of a board: the label it shows, at its position. */
    public record BoardList(long id, String label, int position) {
    }
}
