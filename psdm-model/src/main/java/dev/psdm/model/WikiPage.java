package dev.psdm.model;

/**
 * A wiki page. Titles and slugs are always read; {@code content} only when the snapshot was taken
 * with page content (it may be null).
 */
public record WikiPage(String title, String slug, String content) {
    public WikiPage {
        Lists.required(title, "title");
    }
}
