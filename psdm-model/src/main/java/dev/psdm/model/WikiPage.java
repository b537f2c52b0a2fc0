package dev.psdm.model;

import org.jspecify.annotations.Nullable;

/**
 * A wiki page. Titles and slugs are always read; {@code content} only when the snapshot was taken
 * with page content (it may be null).
 */
public record WikiPage(String title, @Nullable String slug, @Nullable String content) {
    public WikiPage {
        Lists.required(title, "title");
    }
}
